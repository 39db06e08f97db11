# A read-only option set twice.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; readOnly = true; }; }
  { a = 1; } { a = 1; }
]; }).config.a
