# An attribute value of the wrong type in attrsOf names the attribute.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.s = lib.mkOption { type = lib.types.attrsOf lib.types.bool; }; }
  { _file = "a.nix"; s.ok = true; s."with space" = "no"; }
]; }).config.s
