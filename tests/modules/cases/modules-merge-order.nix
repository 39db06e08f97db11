# Definitions are merged in reverse collection order: later modules (and imports) first.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.xs = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
        { xs = [ "m1" ]; imports = [ { xs = [ "m1-import" ]; imports = [ { xs = [ "m1-import-import" ]; } ]; } ]; }
        { xs = [ "m2" ]; imports = [ { xs = [ "m2-import" ]; } ]; }
        { xs = [ "m3" ]; }
      ];
    }; in
r.config.xs
