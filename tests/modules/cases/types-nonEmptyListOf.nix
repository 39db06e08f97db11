# nonEmptyListOf rejects an empty merged list.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.l = lib.mkOption { type = lib.types.nonEmptyListOf lib.types.int; }; }
  { _file = "l.nix"; l = [ ]; }
]; }).config.l
