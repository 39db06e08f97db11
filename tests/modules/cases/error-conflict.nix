# Different values for an option merged with mergeEqualOption (str).
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.str; }; }
  { _file = "one.nix"; a = "x"; }
  { _file = "two.nix"; a = "x"; }
  { _file = "three.nix"; a = "y"; }
]; }).config.a
