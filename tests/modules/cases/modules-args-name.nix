# _module.args of a submodule holds `name`; the top-level evaluation's _module.args holds what modules set.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.attrsOf (t.submodule ({ config, ... }: {
          options.argNames = lib.mkOption { type = t.listOf t.str; };
          config.argNames = builtins.attrNames config._module.args;
        })); }; }
      { s.x = { }; _module.args.foo = 1; }
    ]; }; in
{ sub = r.config.s.x.argNames; top = builtins.attrNames r._module.args; check = r._module.check; }
