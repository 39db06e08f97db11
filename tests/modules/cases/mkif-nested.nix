# Nested mkIf/mkMerge in option values and in config sets.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; };
        options.s = lib.mkOption { type = lib.types.attrsOf lib.types.int; default = { }; }; }
      { xs = lib.mkMerge [ [ 1 ] (lib.mkIf true [ 2 ]) (lib.mkIf false [ 3 ]) (lib.mkIf true (lib.mkIf false [ 4 ])) (lib.mkIf true (lib.mkMerge [ [ 5 ] [ 6 ] ])) ]; }
      (lib.mkMerge [ (lib.mkIf true { s.a = 1; }) (lib.mkIf false { s.b = 2; }) { s = lib.mkIf true { c = 3; d = lib.mkIf false 4; }; } ])
    ]; }; in
r.config
