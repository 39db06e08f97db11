# Renaming to an option that does not exist aborts when the old option is read.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      (lib.mkRenamedOptionModule [ "a" ] [ "nowhere" "b" ])
    ]; }; in
r.config.a
