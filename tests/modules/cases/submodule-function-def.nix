# A submodule value may itself be a module function (whose result is a full module).
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.s = lib.mkOption { type = t.attrsOf (t.submodule { options.x = lib.mkOption { type = t.int; default = 0; }; }); }; }
      { s.a = { config, name, ... }: { x = builtins.stringLength name; }; }
      { s.bb = { ... }: { options.extra = lib.mkOption { type = t.str; default = "e"; }; config.x = 7; }; }
    ]; }; in
r.config.s
