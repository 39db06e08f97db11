# mkAliasDefinitions copies all definitions of one option into another.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { options.src = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ ]; };
        options.dst = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; };
        options.unset = lib.mkOption { type = lib.types.listOf lib.types.int; };
        options.dst2 = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 9 ]; }; }
      ({ options, ... }: { dst = lib.mkAliasDefinitions options.src; dst2 = lib.mkAliasDefinitions options.unset; })
      { src = [ 1 ]; } { src = lib.mkBefore [ 2 ]; }
    ]; }; in
{ inherit (r.config) dst dst2; }
