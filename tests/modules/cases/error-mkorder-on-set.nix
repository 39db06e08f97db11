# mkOrder is not pushed down into sets: its attributes look like undeclared options.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; default = 1; }; }
  { _file = "order.nix"; config = lib.mkBefore { a = 2; }; }
]; }).config.a
