# attrsOf needs every attribute's conditions to know its names; conditions may read other options.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.flag = lib.mkOption { type = t.bool; default = true; };
        options.s = lib.mkOption { type = t.attrsOf t.int; default = { }; }; }
      ({ config, ... }: { s.on = lib.mkIf config.flag 1; s.off = lib.mkIf (!config.flag) 2; })
    ]; }; in
r.config.s
