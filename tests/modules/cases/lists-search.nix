# findFirst, findSingle, partition, groupBy, groupBy', intersectLists, subtractLists, mutuallyExclusive.
let lib = import <nixpkgs/lib>; in
{
  findFirst = [ (lib.findFirst (x: x > 1) null [ 1 2 3 ]) (lib.findFirst (x: x > 5) "none" [ 1 2 ]) ];
  findSingle = [ (lib.findSingle (x: x == 2) "none" "many" [ 1 2 ])
                 (lib.findSingle (x: x > 0) "none" "many" [ 1 2 ])
                 (lib.findSingle (x: x > 5) "none" "many" [ 1 2 ]) ];
  partition = lib.partition (x: x > 2) [ 1 3 2 4 ];
  groupBy = lib.groupBy (x: if x > 2 then "big" else "small") [ 1 3 2 4 ];
  groupBy' = lib.groupBy' (acc: x: acc + x) 0 (x: if x > 2 then "big" else "small") [ 1 3 2 4 ];
  intersect = lib.intersectLists [ 1 2 3 ] [ 3 4 1 ];
  subtract = lib.subtractLists [ 1 2 ] [ 1 2 3 4 ];
  excl = [ (lib.mutuallyExclusive [ 1 2 ] [ 3 4 ]) (lib.mutuallyExclusive [ 1 2 ] [ 2 ]) (lib.mutuallyExclusive [ ] [ 1 ]) ];
}
