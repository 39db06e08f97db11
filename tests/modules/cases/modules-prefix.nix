# `prefix` is prepended to option locations (loc, error messages).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      prefix = [ "outer" "inner" ];
      modules = [ { options.a.b = lib.mkOption { type = lib.types.int; default = 1; }; } ];
    }; in
{ loc = r.options.a.b.loc; value = r.config.a.b; }
