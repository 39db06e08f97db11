# mkOverride on a set applies to every option below it; priorities inside mkMerge and mkIf.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.int; };
        options.b = lib.mkOption { type = lib.types.int; };
        options.c = lib.mkOption { type = lib.types.int; }; }
      (lib.mkForce { a = 1; b = 1; })
      { a = 2; b = lib.mkOverride 40 3; c = 2; }
      (lib.mkMerge [ { c = lib.mkDefault 5; } (lib.mkIf true { c = lib.mkForce 6; }) ])
    ]; }; in
{ inherit (r.config) a b c; prios = map (n: r.options.${n}.highestPrio) [ "a" "b" "c" ]; }
