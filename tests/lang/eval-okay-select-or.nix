# or gives the default when an attribute along the path is missing
let s = { a = { b = 1; }; n = null; }; in [ (s.a.b or 2) (s.x or 2) (s.a.x or 3) (s.a.b.c or 4) (s.n.x or 5) (s.x.y.z or s.a.b) ]
