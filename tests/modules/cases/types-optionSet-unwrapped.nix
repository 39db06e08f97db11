# optionSet directly as an option's type is an error.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { _file = "decl.nix"; options.x = lib.mkOption { type = t.optionSet; options = { }; }; }
  { x = { }; }
]; }).config.x
