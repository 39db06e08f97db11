# lazyAttrsOf: an attribute with only mkIf false definitions and no empty value fails when read.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.b = lib.mkOption { type = lib.types.lazyAttrsOf lib.types.int; }; }
      { b = { x = lib.mkIf false 1; y = 2; }; }
    ]; }; in
r.config.b.x
