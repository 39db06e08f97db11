# specialArgs can be used to compute imports (_module.args could not).
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      specialArgs = { extra = [ { xs = [ "from-special" ]; } ]; };
      modules = [
        ({ extra, ... }: { imports = extra; options.xs = lib.mkOption { type = lib.types.listOf lib.types.str; }; })
        { xs = [ "plain" ]; }
      ];
    }; in
r.config.xs
