# Modules can read other options' values through `config` and option metadata through `options`.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.a = lib.mkOption { type = lib.types.int; default = 2; };
          options.b = lib.mkOption { type = lib.types.int; };
          options.c = lib.mkOption { type = lib.types.bool; }; }
        ({ config, ... }: { b = config.a * 10; })
        ({ options, ... }: { c = options.a.isDefined && options.a.highestPrio == 1500; })
      ];
    }; in
r.config
