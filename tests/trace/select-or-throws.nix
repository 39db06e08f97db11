let a = { b.c = { d = throw "w"; }; }; in a.b.c.d or 1
