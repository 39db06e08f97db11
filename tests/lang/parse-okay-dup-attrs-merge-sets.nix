# two set literals for one name do not merge: only a set and dotted paths do
{ a = { b = 1; }; a.c.d = 2; a.c.e = 3; }
