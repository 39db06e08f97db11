# A plain value where a set of options is declared.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a.b = lib.mkOption { type = lib.types.int; default = 1; }; }
  { a = 5; }
]; }).config.a.b
