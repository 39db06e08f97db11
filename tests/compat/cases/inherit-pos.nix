# Each inherited attribute is where its own name is written.
let a = 1; b = 2; s = { inherit a b; }; t = { inherit (s) a b; }; in
map (p: "${toString p.line}:${toString p.column}") [
  (builtins.unsafeGetAttrPos "a" s) (builtins.unsafeGetAttrPos "b" s)
  (builtins.unsafeGetAttrPos "a" t) (builtins.unsafeGetAttrPos "b" t)
]
