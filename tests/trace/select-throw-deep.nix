let a = { b = { c = throw "x"; }; }; in a.b.c
