# A wrongly typed value inside a submodule.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; }; }; }; }
  { _file = "def.nix"; s.x = "one"; }
]; }).config.s.x
