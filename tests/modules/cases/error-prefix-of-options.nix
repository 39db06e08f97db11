# An option declared where another module declares an option set.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { _file = "opt.nix"; options.a = lib.mkOption { type = lib.types.attrs; }; }
  { _file = "set.nix"; options.a.b = lib.mkOption { type = lib.types.int; }; }
]; }).config.a
