# nullOr: all-null definitions give null; otherwise the element type merges.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.nullOr lib.types.int; default = null; };
        options.b = lib.mkOption { type = lib.types.nullOr (lib.types.listOf lib.types.int); };
        options.c = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
      { b = [ 1 ]; c = null; } { b = [ 2 ]; c = null; }
    ]; }; in
r.config
