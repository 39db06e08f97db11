# mergeOneOption, mergeEqualOption, mergeDefaultOption, getValues, getFiles called directly.
let lib = import <nixpkgs/lib>; defs = vs: lib.imap1 (i: v: { file = "f${toString i}"; value = v; }) vs; in
{
  one = lib.mergeOneOption [ "x" ] (defs [ 5 ]);
  equal = lib.mergeEqualOption [ "x" ] (defs [ 2 2 2 ]);
  default = [ (lib.mergeDefaultOption [ "x" ] (defs [ [ 1 ] [ 2 ] ])) (lib.mergeDefaultOption [ "x" ] (defs [ true false ]))
              (lib.mergeDefaultOption [ "x" ] (defs [ "a" "b" ])) (lib.mergeDefaultOption [ "x" ] (defs [ { a = 1; } { b = 2; } ])) ];
  values = lib.getValues (defs [ 1 2 ]);
  files = lib.getFiles (defs [ 1 2 ]);
}
