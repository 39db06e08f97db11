# Integers turned to text: INT64_MIN (which has no positive counterpart), 0, negatives and
# the largest integer, printed, by toString, interpolated, in toJSON and in toXML.
let
  min = -9223372036854775807 - 1;
  ints = [ min (min + 1) (-10) (-9) (-1) 0 1 9 10 99 100 1000000007 9223372036854775807 ];
in {
  printed = ints;
  strings = map toString ints;
  interpolated = map (i: "<${toString i}>") ints;
  json = builtins.toJSON ints;
  xml = builtins.toXML ints;
  list = toString ints;
  nested = { a = min; b = [ 0 (-1) ]; };
}
