# A uniq option defined twice lists the files.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.uniq lib.types.int; }; }
  { _file = "one.nix"; a = 1; }
  { _file = "two.nix"; a = 1; }
]; }).config.a
