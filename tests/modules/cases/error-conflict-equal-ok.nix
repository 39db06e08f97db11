# Equal values of a mergeEqualOption type (bool, int, str, enum) are fine.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.b = lib.mkOption { type = lib.types.bool; };
        options.i = lib.mkOption { type = lib.types.int; };
        options.e = lib.mkOption { type = lib.types.enum [ "x" "y" ]; }; }
      { b = true; i = 3; e = "y"; } { b = true; i = 3; e = "y"; }
    ]; }; in
r.config
