# Priorities and conditions inside list elements apply per element.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.l = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
      { l = [ (lib.mkDefault 1) (lib.mkIf true 2) (lib.mkMerge [ 3 (lib.mkIf false 4) ]) (lib.mkMerge [ (lib.mkDefault 5) 6 ]) ]; }
    ]; }; in
r.config.l
