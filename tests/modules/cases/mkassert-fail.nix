# mkAssert with a false assertion fails when the condition is evaluated.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; default = 0; }; }
  (lib.mkAssert false "a must be set" { a = 3; })
]; }).config.a
