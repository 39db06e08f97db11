# lazyAttrsOf keeps attributes whose definitions vanish (with the element's empty value) and is lazy in values.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.lazyAttrsOf (lib.types.listOf lib.types.int); };
        options.b = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
      { a = { x = [ 1 ]; y = lib.mkIf false [ 2 ]; }; b = { ok = 1; bad = throw "not evaluated"; }; }
    ]; }; in
{ a = r.config.a; bNames = builtins.attrNames r.config.b; bOk = r.config.b.ok; }
