# All definitions under mkIf false count as no definition.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; }; }
  { a = lib.mkIf false 1; }
]; }).config.a
