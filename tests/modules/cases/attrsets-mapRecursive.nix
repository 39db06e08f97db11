# mapAttrsRecursive passes the path to each leaf; the Cond variant stops at sets failing cond.
let lib = import <nixpkgs/lib>; in
{
  all = lib.mapAttrsRecursive (path: v: lib.concatStringsSep "." path + "=" + toString v) { a = { b = 1; c = { d = 2; }; }; e = 3; };
  cond = lib.mapAttrsRecursiveCond (s: !(s ? stop)) (path: v: builtins.length path) { a = { b = 1; }; c = { stop = 1; x = 2; }; };
}
