let a = { b = throw "y"; }; in a.b.c
