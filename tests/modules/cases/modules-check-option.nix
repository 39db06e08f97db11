# _module.check = false set by a module turns off the undeclared-option check.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.x = lib.mkOption { type = lib.types.int; default = 1; }; }
        { _module.check = false; not.declared = true; }
      ];
    }; in
r.config.x
