# A definition of the wrong type names the option, the file and the type description.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a.b = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
  { _file = "good.nix"; a.b = [ 1 ]; }
  { _file = "bad.nix"; a.b = "x"; }
]; }).config.a.b
