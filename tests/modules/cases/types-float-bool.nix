# float and bool: equal definitions merge, different ones conflict (only the equal ones are read here).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.f = lib.mkOption { type = lib.types.float; }; options.b = lib.mkOption { type = lib.types.bool; }; }
      { f = 1.5; b = false; } { f = 1.5; b = false; }
    ]; }; in
r.config
