# A module whose config is mkMerge of mkIf sets, conditions reading config.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ({ config, ... }: {
        options.enableA = lib.mkOption { type = lib.types.bool; default = true; };
        options.enableB = lib.mkOption { type = lib.types.bool; default = false; };
        options.out = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; };
        config = lib.mkMerge [
          (lib.mkIf config.enableA { out = [ "A" ]; })
          (lib.mkIf config.enableB { out = [ "B" ]; })
          { out = lib.mkAfter [ "always" ]; }
        ];
      })
      { enableB = true; }
    ]; }; in
r.config.out
