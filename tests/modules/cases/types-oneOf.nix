# oneOf is a chain of either.
let lib = import <nixpkgs/lib>; t = lib.types; o = t.oneOf [ t.int t.bool t.str ]; in
{ checks = map o.check [ 1 true "s" [ ] ]; name = o.name; single = (t.oneOf [ t.int ]).name; }
