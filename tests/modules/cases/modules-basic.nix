# Attribute-set modules with the options/config split; result attributes of evalModules.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules {
      modules = [
        { options.a = lib.mkOption { type = lib.types.int; }; options.b.c = lib.mkOption { type = lib.types.str; default = "x"; }; }
        { config.a = 1; }
      ];
    }; in
{
  config = r.config;
  resultNames = builtins.attrNames r;
  moduleNames = builtins.attrNames r._module;
  optionNames = builtins.attrNames r.options;
  subNames = builtins.attrNames r.options.b;
}
