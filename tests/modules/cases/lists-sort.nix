# sort is stable, naturalSort orders embedded numbers by value, compareLists compares lexicographically.
let lib = import <nixpkgs/lib>; in
{
  sort = lib.sort (a: b: a.k < b.k) [ { k = 2; v = "a"; } { k = 1; v = "b"; } { k = 2; v = "c"; } { k = 1; v = "d"; } ];
  natural = lib.naturalSort [ "disk11" "disk8" "disk100" "disk9" "a" ];
  cmp = [ (lib.compareLists lib.compare [ 1 2 ] [ 1 3 ]) (lib.compareLists lib.compare [ 1 2 ] [ 1 2 ])
          (lib.compareLists lib.compare [ 1 2 3 ] [ 1 2 ]) (lib.compareLists lib.compare [ ] [ 1 ]) ];
}
