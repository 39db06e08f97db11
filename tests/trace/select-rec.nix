let a = rec { b = c; c = { d = throw "q"; }; }; in a.b.d
