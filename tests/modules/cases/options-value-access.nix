# A module reading another option's value and definitions through `options`.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; };
        options.summary = lib.mkOption { type = lib.types.str; }; }
      { a = [ 1 ]; } { a = [ 2 3 ]; }
      ({ options, ... }: { summary = "${toString (builtins.length options.a.definitions)} defs, value ${toString options.a.value}"; })
    ]; }; in
r.config.summary
