# mkMergedOptionModule with no old option set leaves the new option alone.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      { options.level = lib.mkOption { type = lib.types.str; default = "none"; }; }
      (lib.mkMergedOptionModule [ [ "a" ] ] [ "level" ] (config: "set"))
    ]; }; in
{ inherit (r.config) level warnings; }
