# With types.submodule a plain set definition is config only, so `options`/`config` in it are option names.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = t.attrsOf (t.submodule { options.x = lib.mkOption { type = t.int; default = 0; }; }); }; }
  { _file = "def.nix"; s.bb = { options.extra = lib.mkOption { type = t.str; default = "e"; }; config.x = 7; }; }
]; }).config.s.bb.x
