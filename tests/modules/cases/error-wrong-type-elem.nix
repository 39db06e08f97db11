# A list element of the wrong type is reported with its definition and entry number.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
  { _file = "a.nix"; xs = [ 1 2 ]; }
  { _file = "b.nix"; xs = [ 3 "four" ]; }
]; }).config.xs
