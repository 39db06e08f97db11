# An option of a list-of-submodules element read without a definition.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.l = lib.mkOption { type = lib.types.listOf (lib.types.submodule { options.x = lib.mkOption { type = lib.types.int; }; }); }; }
  { l = [ { } ]; }
]; }).config.l
