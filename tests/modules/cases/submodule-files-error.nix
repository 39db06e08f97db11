# A conflict inside a submodule names the outer definitions' files.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = t.attrsOf (t.submodule { options.x = lib.mkOption { type = t.str; }; }); }; }
  { _file = "one.nix"; s.a.x = "1"; }
  { _file = "two.nix"; s.a.x = "2"; }
]; }).config.s.a.x
