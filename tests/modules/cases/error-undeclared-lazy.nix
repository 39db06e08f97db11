# The undeclared-option check happens per level, when that level of config is read:
# reading a.b does not look at the definitions below c.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a.b = lib.mkOption { type = lib.types.int; default = 1; };
        options.c.d = lib.mkOption { type = lib.types.int; default = 2; }; }
      { _file = "typo.nix"; c.e = 3; }
    ]; }; in
r.config.a.b
