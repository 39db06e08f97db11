# inherit and a binding of one name
a: { inherit a; a = 2; }
