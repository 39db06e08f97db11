# either with definitions fitting different types is a unique option.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { options.c = lib.mkOption { type = t.either t.int t.str; }; }
  { _file = "int.nix"; c = 5; } { _file = "str.nix"; c = "five"; }
]; }).config.c
