# A module's top-level `meta` is merged into config.meta next to its config.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.meta.maintainers = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
          options.x = lib.mkOption { type = lib.types.int; }; }
        { meta.maintainers = [ "alice" ]; config.x = 1; }
        { meta = { maintainers = [ "bob" ]; }; }
      ];
    }; in
r.config
