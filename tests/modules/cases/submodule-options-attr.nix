# The deprecated `options` attribute of mkOption adds sub-options to a submodule-typed option.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.u = lib.mkOption { type = t.attrsOf (t.submodule { options.a = lib.mkOption { default = 1; }; }); }; }
      { options.u = lib.mkOption { options = [ { b = lib.mkOption { default = 2; }; } ]; }; }
      { u.x = { }; }
    ]; }; in
r.config.u
