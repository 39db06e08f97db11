# The old evalModules arguments: args become _module.args, check = false allows undeclared options.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      args = { greeting = "hi"; };
      check = false;
      modules = [
        { options.x = lib.mkOption { type = lib.types.str; }; }
        ({ greeting, ... }: { x = greeting; undeclared.y = 1; })
      ];
    }; in
{ inherit (r.config) x; check = r.config._module.check or "none"; modCheck = r._module.check; }
