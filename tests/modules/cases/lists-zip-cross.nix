# zipLists, zipListsWith stop at the shorter list; crossLists applies to every combination.
let lib = import <nixpkgs/lib>; in
{
  zip = lib.zipLists [ 1 2 3 ] [ "a" "b" ];
  zipWith = lib.zipListsWith (a: b: a + b) [ 1 2 ] [ 10 20 30 ];
  cross = lib.crossLists (x: y: "${toString x}${toString y}") [ [ 1 2 ] [ 3 4 ] ];
}
