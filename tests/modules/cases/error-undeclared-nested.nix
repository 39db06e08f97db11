# An undeclared option below a declared option set: the first missing level is named.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a.b = lib.mkOption { type = lib.types.int; default = 1; }; }
  { _file = "typo.nix"; a.c.d = 2; }
]; }).config.a.b
