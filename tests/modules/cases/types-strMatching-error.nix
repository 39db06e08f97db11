# A string not matching the pattern.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.n = lib.mkOption { type = lib.types.strMatching "[a-z]+"; }; }
  { _file = "n.nix"; n = "Abc"; }
]; }).config.n
