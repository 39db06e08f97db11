# An undeclared option under mkIf false is still reported (names are checked, not conditions).
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
  { _file = "cond.nix"; config = lib.mkIf false { nope = 1; }; }
]; }).config.a
