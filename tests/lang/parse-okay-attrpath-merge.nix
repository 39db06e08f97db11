# a set literal and a dotted path to the same attribute merge
{ a = { b = 1; }; a.c = 2; d.e = 3; d = { f = 4; }; }
