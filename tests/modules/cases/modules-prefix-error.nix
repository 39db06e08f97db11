# Errors about undeclared options include the prefix.
let lib = import <nixpkgs/lib>; in
(lib.evalModules {
  prefix = [ "outer" ];
  modules = [ { options.a = lib.mkOption { type = lib.types.int; }; } { _file = "f.nix"; a = 1; b = 2; } ];
}).config.a
