# collect searches depth first and stops at matching values.
let lib = import <nixpkgs/lib>; in
{
  lists = lib.collect builtins.isList { a = { b = [ 1 ]; c = { d = [ 2 ]; }; }; e = [ 3 ]; f = 4; };
  withSets = lib.collect (x: x ? v) { a = { v = 1; w = { v = 2; }; }; b = { x = { v = 3; }; }; };
  top = lib.collect builtins.isInt 5;
}
