# ... but reading c (or anything below it) reports the undeclared c.e.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a.b = lib.mkOption { type = lib.types.int; default = 1; };
        options.c.d = lib.mkOption { type = lib.types.int; default = 2; }; }
      { _file = "typo.nix"; c.e = 3; }
    ]; }; in
r.config.c.d
