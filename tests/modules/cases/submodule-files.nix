# Definitions inside a submodule remember the file of the outer definition.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.submodule { options.l = lib.mkOption { type = t.listOf t.int; }; }; }; }
      { _file = "one.nix"; s.l = [ 1 ]; }
      { _file = "two.nix"; s.l = [ 2 ]; }
    ]; }; in
r.config.s
