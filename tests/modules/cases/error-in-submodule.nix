# An undeclared option inside a submodule value is reported with its full path.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = lib.types.attrsOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; default = 1; }; }); }; }
  { _file = "def.nix"; s.foo.y = 2; }
]; }).config.s.foo.x
