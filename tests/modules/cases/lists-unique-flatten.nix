# unique keeps first occurrences in order; flatten removes all nesting; concatMap.
let lib = import <nixpkgs/lib>; in
{
  unique = lib.unique [ 3 1 3 2 1 "a" "a" [ 1 ] [ 1 ] { } { } ];
  uniqueEmpty = lib.unique [ ];
  flatten = lib.flatten [ 1 [ 2 [ 3 [ ] [ [ 4 ] ] ] ] 5 ];
  flattenScalar = lib.flatten 1;
  concatMap = lib.concatMap (x: [ x x ]) [ 1 2 ];
  concatLists = lib.concatLists [ [ 1 ] [ ] [ 2 3 ] ];
}
