# Reading a renamed option's old name traces that it is obsolete and gives the new value.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      { options.b = lib.mkOption { type = lib.types.int; default = 1; }; }
      (lib.mkRenamedOptionModule [ "a" ] [ "b" ])
    ]; }; in
{ a = r.config.a; warnings = r.config.warnings; }
