# A module without options/config is all config; `require` and `imports` both import.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
        { xs = [ 1 ]; imports = [ { xs = [ 2 ]; } ]; require = [ { xs = [ 3 ]; } ]; }
      ];
    }; in
r.config
