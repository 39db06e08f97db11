# package is a unique option.
let lib = import <nixpkgs/lib>; drv = { type = "derivation"; name = "hello"; }; in
(lib.evalModules { modules = [
  { options.p = lib.mkOption { type = lib.types.package; }; }
  { _file = "a.nix"; p = drv; } { _file = "b.nix"; p = drv; }
]; }).config.p.name
