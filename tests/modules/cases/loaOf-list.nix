# loaOf with a list definition converts it to named attributes, with a deprecation warning.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.l = lib.mkOption { type = t.loaOf (t.submodule ({ name, ... }: {
          options.name = lib.mkOption { type = t.str; default = name; };
          options.v = lib.mkOption { type = t.int; default = 0; }; })); }; }
      { _file = "list.nix"; l = [ { name = "first"; v = 1; } { v = 2; } ]; }
      { l.other.v = 3; }
    ]; }; in
r.config.l
