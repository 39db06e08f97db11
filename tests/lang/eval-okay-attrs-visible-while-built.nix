# While a set's dynamic attributes (or a rec's __overrides) are evaluated, the value being
# forced is already the set built so far, as in Nix 2.8 (not a black hole)
let
  s = { ${toString (builtins.length (builtins.attrNames s))} = 1; a = 1; b = 2; };
  t = { ${if (builtins.tryEval t).success then "yes" else "no"} = 1; };
  u = rec { x = 1; __overrides = { y = 2; }; z = x; };
in
[ s t u (rec { p = { ${p.a or "z"} = 1; a = "q"; }; }).p ]
