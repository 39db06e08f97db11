# Two declarations with types that cannot be merged.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { _file = "first.nix"; options.a = lib.mkOption { type = lib.types.int; }; }
  { _file = "second.nix"; options.a = lib.mkOption { type = lib.types.str; }; }
]; }).config.a
