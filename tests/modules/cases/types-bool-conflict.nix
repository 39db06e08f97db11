# Conflicting bool definitions.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.b = lib.mkOption { type = lib.types.bool; }; }
  { _file = "t.nix"; b = true; } { _file = "f.nix"; b = false; }
]; }).config.b
