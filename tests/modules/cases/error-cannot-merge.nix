# An option without a type merges definitions of one kind, else fails.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { }; }
  { _file = "int.nix"; a = 1; }
  { _file = "str.nix"; a = "s"; }
]; }).config.a
