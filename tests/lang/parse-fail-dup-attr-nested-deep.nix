# a deep path repeated after merging
{ a.b.c = 1; a = { b.c = 2; }; }
