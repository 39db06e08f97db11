# Two declarations of an attrsOf submodule option add sub-options to the same submodule.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.u = lib.mkOption { type = t.attrsOf (t.submodule { options.a = lib.mkOption { type = t.int; default = 1; }; }); }; }
      { options.u = lib.mkOption { type = t.attrsOf (t.submodule ({ name, ... }: { options.b = lib.mkOption { type = t.str; default = name; }; })); }; }
      { u.x.a = 2; u.y = { }; }
    ]; }; in
{ value = r.config.u; decls = r.options.u.declarations; }
