# A module using an argument nobody provides (only fails once the argument is used).
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.x = lib.mkOption { type = lib.types.int; }; }
  ({ pkgs, ... }: { x = pkgs.one; })
]; }).config.x
