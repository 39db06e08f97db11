# String building: concatenating and interpolating 500,000 pieces.
let
  pieces = builtins.genList (i: "item-${toString i};") 500000;
in builtins.stringLength (builtins.concatStringsSep "," pieces + builtins.foldl' (acc: s: acc) "" pieces)
