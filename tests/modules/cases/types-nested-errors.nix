# A type error deep inside attrsOf (listOf ...) names the full location.
let lib = import <nixpkgs/lib>; t = lib.types; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = t.attrsOf (t.listOf (t.nullOr t.int)); }; }
  { _file = "deep.nix"; a.x = [ 1 null "s" ]; }
]; }).config.a
