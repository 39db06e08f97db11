# fixMergeModules: evalModules with args and no undeclared-option check.
let lib = import <nixpkgs/lib>;
    r = lib.fixMergeModules [
      { options.x = lib.mkOption { type = lib.types.int; }; }
      ({ v, ... }: { x = v; y = 1; })
    ] { v = 3; }; in
r.config.x
