# nullOr with both null and non-null definitions.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
  { _file = "null.nix"; a = null; }
  { _file = "str.nix"; a = "s"; }
]; }).config.a
