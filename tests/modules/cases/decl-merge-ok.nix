# Two declarations of one option: same type (merged), description in one, default in the other.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      { _file = "first.nix"; options.a = lib.mkOption { type = lib.types.listOf lib.types.int; description = "A"; }; }
      { _file = "second.nix"; options.a = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 1 ]; }; }
      { _file = "third.nix"; options.a = lib.mkOption { example = [ 2 ]; }; }
      { a = [ 5 ]; }
    ]; }; in
{ inherit (r.options.a) declarations description default example; value = r.config.a; type = r.options.a.type.description; }
