# filterAttrs and filterAttrsRecursive keep names whose predicate holds.
let lib = import <nixpkgs/lib>; in
{
  flat = lib.filterAttrs (n: v: n != "b" && v > 0) { a = 1; b = 2; c = -1; d = 4; };
  deep = lib.filterAttrsRecursive (n: v: v != null) { a = null; b = { c = null; d = 1; e = { f = null; }; }; g = 2; };
}
