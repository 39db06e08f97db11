let f = x: x.a.b; in f { a = { b = throw "t"; }; }
