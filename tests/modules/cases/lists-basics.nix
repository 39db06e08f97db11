# head, tail, last, init, elem, remove, range, singleton, toList, optional(s), count, any, all.
let lib = import <nixpkgs/lib>; in
{
  head = lib.head [ 1 2 ];
  tail = lib.tail [ 1 2 3 ];
  last = lib.last [ 1 2 3 ];
  init = lib.init [ 1 2 3 ];
  elem = [ (lib.elem 2 [ 1 2 ]) (lib.elem 5 [ 1 2 ]) ];
  remove = lib.remove 2 [ 1 2 3 2 ];
  range = [ (lib.range 2 5) (lib.range 3 2) (lib.range 1 1) ];
  singleton = lib.singleton "x";
  toList = [ (lib.toList 1) (lib.toList [ 1 ]) ];
  optional = [ (lib.optional true 1) (lib.optional false 1) ];
  optionals = [ (lib.optionals true [ 1 2 ]) (lib.optionals false [ 1 2 ]) ];
  count = lib.count (x: x > 1) [ 1 2 3 ];
  any = [ (lib.any (x: x > 2) [ 1 3 ]) (lib.any (x: x > 5) [ 1 3 ]) ];
  all = [ (lib.all (x: x > 0) [ 1 3 ]) (lib.all (x: x > 1) [ 1 3 ]) ];
  forEach = lib.forEach [ 1 2 ] (x: x + 1);
}
