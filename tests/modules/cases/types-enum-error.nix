# A value outside the enum.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.e = lib.mkOption { type = lib.types.enum [ "a" "b" 3 ]; }; }
  { _file = "e.nix"; e = "z"; }
]; }).config.e
