# id, const, flip, pipe, concat, or, and, mergeAttrs, mapNullable, min, max, mod, compare.
let lib = import <nixpkgs/lib>; in
{
  id = lib.id 5;
  const = lib.const 1 2;
  flip = lib.flip lib.concat [ 1 ] [ 2 ];
  pipe = lib.pipe 2 [ (x: x + 2) (x: x * 3) toString ];
  boolOps = [ (lib.or false true) (lib.and true false) ];
  mergeAttrs = lib.mergeAttrs { a = 1; b = 2; } { b = 3; };
  mapNullable = [ (lib.mapNullable (x: x + 1) null) (lib.mapNullable (x: x + 1) 1) ];
  minmax = [ (lib.min 3 2) (lib.max 3 2) (lib.min "a" "b") ];
  mod = [ (lib.mod 11 10) (lib.mod 1 10) (lib.mod (-7) 3) (lib.mod 7 (-3)) ];
  compare = [ (lib.compare 1 2) (lib.compare 2 2) (lib.compare "b" "a") ];
  bits = [ (lib.bitAnd 12 10) (lib.bitOr 12 10) (lib.bitXor 12 10) (lib.bitNot 5) ];
}
