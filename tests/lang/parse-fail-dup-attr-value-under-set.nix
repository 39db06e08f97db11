# a dotted path going below a non-set value of a set literal
{ a = { b = 1; }; a.b.c = 2; }
