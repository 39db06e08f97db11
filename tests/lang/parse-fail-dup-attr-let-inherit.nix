# let: inherit and a binding of one name
a: let inherit a; a = 1; in a
