# A port out of range is reported with the range in the type description.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.p = lib.mkOption { type = lib.types.port; }; }
  { _file = "p.nix"; p = 70000; }
]; }).config.p
