# a set literal under a path already made by dotted paths cannot add to it
{ a.b = { c = 1; }; a.b.d = 2; a = { b.e = 3; }; }
