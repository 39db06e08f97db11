# Integers to text at every digit count and both signs, the limits included: toString,
# interpolation, toJSON, toXML and the printed value (each a separate printer of nixel's).
let
  tens = builtins.foldl' (acc: _: acc ++ [ (builtins.elemAt acc (builtins.length acc - 1) * 10) ]) [ 1 ]
    (builtins.genList (i: i) 18);
  around = builtins.concatMap (t: [ t (t - 1) (0 - t) (1 - t) (t + 1) ]) tens;
  limits = [ 0 9223372036854775807 (-9223372036854775807 - 1) 99 100 (-99) (-100) ];
  all = around ++ limits;
in {
  strings = map toString all;
  interpolated = builtins.concatStringsSep "," (map (i: "${toString i}") all);
  json = builtins.toJSON all;
  xml = builtins.toXML limits;
  printed = all;
}
