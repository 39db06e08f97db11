# A throw inside a definition propagates its own message.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [
  { options.a = lib.mkOption { type = lib.types.int; }; }
  { a = throw "custom failure in definition"; }
]; }).config.a
