# coercedTo converts values of the coerced type before merging as the final type.
let lib = import <nixpkgs/lib>; t = lib.types;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = t.coercedTo t.str (s: [ s ]) (t.listOf t.str); };
        options.b = lib.mkOption { type = t.coercedTo t.int toString t.str; }; }
      { a = "one"; b = 3; } { a = [ "two" "three" ]; }
    ]; }; in
{ inherit (r.config) a b; checks = map (t.coercedTo t.int toString t.str).check [ 1 "s" true ]; }
