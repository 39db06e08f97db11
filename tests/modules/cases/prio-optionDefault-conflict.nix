# mkOptionDefault has the priority of the option's default, so both are merged (and conflict for str).
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { _file = "decl.nix"; options.x = lib.mkOption { type = lib.types.str; default = "default"; }; }
  { _file = "def.nix"; x = lib.mkOptionDefault "optDefault"; }
]; }).config.x
