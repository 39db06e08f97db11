# loaOf with attribute-set definitions behaves like attrsOf.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.l = lib.mkOption { type = t.loaOf (t.submodule ({ name, ... }: { options.n = lib.mkOption { default = name; }; })); }; }
      { l.a = { }; l.b.n = "B"; }
    ]; }; in
r.config.l
