# Modules with the same `key` are only used once; anonymous ones get distinct keys.
let lib = import <nixpkgs/lib>;
    m = { key = "shared"; xs = [ "once" ]; };
    r = lib.evalModules {
      modules = [
        { options.xs = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
        m m { imports = [ m ]; }
        { xs = [ "anon" ]; } { xs = [ "anon" ]; }
      ];
    }; in
r.config.xs
