# Declaring an option twice (with defaults in both) is an error naming both files.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { _file = "first.nix"; options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
  { _file = "second.nix"; options.a = lib.mkOption { type = lib.types.int; default = 2; }; }
]; }).config.a
