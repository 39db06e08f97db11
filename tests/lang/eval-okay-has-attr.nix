# ? tests for an attribute, also along a path and on non-sets
let s = { a = { b = 1; }; c = null; }; in [ (s ? a) (s ? x) (s ? a.b) (s ? a.x) (s ? c.d) (s ? "a") (s ? ${"c"}) (1 ? a) ("s" ? a) ]
