# mkIf with a condition that is not a Boolean.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
  { a = lib.mkIf "yes" 2; }
]; }).config.a
