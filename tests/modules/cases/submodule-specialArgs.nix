# submoduleWith passes its specialArgs to the submodule's modules.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.submoduleWith {
          specialArgs = { greeting = "hello"; };
          modules = [ ({ greeting, ... }: { options.msg = lib.mkOption { type = t.str; default = greeting; }; }) ];
        }; }; }
      { s = { }; }
    ]; }; in
r.config.s
