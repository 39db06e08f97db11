# Defining an option that does not exist names the option and the file.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a.b = lib.mkOption { type = lib.types.int; default = 1; }; }
  ./inputs/bad-def.nix
]; }).config.a.b
