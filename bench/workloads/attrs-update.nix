# Attribute-set updates in a loop: 100,000 `//` on a growing set of 200 names.
let
  names = builtins.genList (i: "a${toString i}") 200;
  step = acc: i: acc // { ${builtins.elemAt names (builtins.bitAnd i 127)} = i; n = i; };
in (builtins.foldl' step { } (builtins.genList (i: i) 100000)).n
