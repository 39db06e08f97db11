# The deprecated optionSet: attrsOf optionSet with `options` becomes attrsOf submodule (with a trace).
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.x = lib.mkOption { type = t.attrsOf t.optionSet; options = { y = lib.mkOption { default = 1; }; }; }; }
      { x.a = { }; x.b.y = 2; }
    ]; }; in
r.config.x
