# Reading an option that has neither a definition nor a default.
let lib = import <nixpkgs/lib>; in
(lib.evalModules { modules = [ { options.a.b = lib.mkOption { type = lib.types.int; }; } ]; }).config.a.b
