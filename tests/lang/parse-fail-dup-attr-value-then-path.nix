# a non-set value and a dotted path below it
{ a = 1; a.b = 2; }
