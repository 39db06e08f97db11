# types.anything with definitions of different kinds (newer lib; expected from nixpkgs 2025).
# expected-from: nixpkgs-2025
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.anything; }; }
  { _file = "set.nix"; a = { }; } { _file = "int.nix"; a = 1; }
]; }).config.a
