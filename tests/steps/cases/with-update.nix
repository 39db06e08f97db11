# `with` lookups, a `//` merge and attribute selection; `c` is never needed.
# never-forced: c
let
  s = { a = 1; b = 2 + 3; c = throw "no"; };
  t = s // { d = 4; };
in with t; b + d + t.a
