# Reading one option does not evaluate conditions of definitions of other options.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; };
        options.b = lib.mkOption { type = lib.types.int; }; }
      { a = 1; b = lib.mkIf (throw "condition of b evaluated") 2; }
    ]; }; in
r.config.a
