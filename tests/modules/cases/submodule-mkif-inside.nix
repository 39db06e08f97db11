# mkIf inside submodule values, conditioned on the submodule's own config.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.attrsOf (t.submodule ({ config, ... }: {
          options.enable = lib.mkOption { type = t.bool; default = false; };
          options.flags = lib.mkOption { type = t.listOf t.str; default = [ ]; };
          config.flags = lib.mkIf config.enable [ "--enabled" ];
        })); }; }
      { s.on.enable = true; s.off = { }; s.on.flags = lib.mkBefore [ "--first" ]; }
    ]; }; in
r.config.s
