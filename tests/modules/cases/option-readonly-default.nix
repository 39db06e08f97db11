# A read-only option with a default, also defined by a module: set twice.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a.b = lib.mkOption { type = lib.types.int; readOnly = true; default = 0; }; }
  { a.b = 1; }
]; }).config.a.b
