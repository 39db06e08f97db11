# Integers turned to text: toString, interpolation, toJSON of integer lists and
# concatenation of the results, over 300,000 integers of every size.
let
  n = 300000;
  ints = builtins.genList (i: i * 7919 - 500000000) n;
  strs = map toString ints;
  lines = map (i: "${toString i}:${toString (i * i)}") ints;
  json = builtins.toJSON ints;
in builtins.stringLength (builtins.concatStringsSep "," strs)
   + builtins.stringLength (builtins.concatStringsSep "\n" lines)
   + builtins.stringLength json
