# listOf concatenates definitions; elements can be mkIf'd away individually.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { l = [ 1 (lib.mkIf false 2) 3 ]; }
      { l = [ ]; }
      { l = [ 4 ]; }
    ]; }; in
r.config.l
