# either merges with the first type if all definitions fit it, else the second, else requires one definition.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = t.either (t.listOf t.int) t.str; };
        options.b = lib.mkOption { type = t.either t.int t.lines; };
        options.c = lib.mkOption { type = t.either t.int t.str; }; }
      { a = [ 1 ]; b = "x"; c = 5; } { a = [ 2 ]; b = "y"; }
    ]; }; in
r.config
