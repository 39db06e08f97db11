# Reading a removed option's value.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      (lib.mkRemovedOptionModule [ "services" "gone" ] "Use services.other instead.")
      { services.gone = true; }
    ]; }; in
r.config.services.gone
