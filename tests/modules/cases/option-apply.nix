# `apply` transforms the merged value; it is not applied to definitions seen by .definitions.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.a = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 1 ]; apply = xs: builtins.length xs; }; }
      { a = [ 5 6 ]; }
    ]; }; in
{ value = r.config.a; defs = r.options.a.definitions; optValue = r.options.a.value; }
