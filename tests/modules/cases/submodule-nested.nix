# Submodules inside submodules, with names at each level and config read across levels.
let lib = import <nixpkgs/lib>; t = lib.types;
    inner = { name, ... }: { options.id = lib.mkOption { type = t.str; default = name; }; };
    outer = { name, config, ... }: {
      options.items = lib.mkOption { type = t.attrsOf (t.submodule inner); default = { }; };
      options.ids = lib.mkOption { type = t.listOf t.str; };
      config.ids = map (i: "${name}/${i.id}") (builtins.attrValues config.items);
    };
    r = lib.evalModules { modules = [
      { options.groups = lib.mkOption { type = t.attrsOf (t.submodule outer); }; }
      { groups.g1.items = { a = { }; b.id = "B"; }; groups.g2 = { }; }
    ]; }; in
lib.mapAttrs (_: g: g.ids) r.config.groups
