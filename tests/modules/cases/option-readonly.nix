# A read-only option may be set once (the default counts as one).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; readOnly = true; };
        options.b = lib.mkOption { type = lib.types.int; readOnly = true; default = 3; }; }
      { a = 1; }
    ]; }; in
r.config
