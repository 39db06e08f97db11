# specialArgs take precedence over _module.args for the same name.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      specialArgs = { v = "special"; };
      modules = [
        { options.x = lib.mkOption { type = lib.types.str; }; }
        { _module.args.v = "module-arg"; }
        ({ v, ... }: { x = v; })
      ];
    }; in
r.config.x
