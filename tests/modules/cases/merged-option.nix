# mkMergedOptionModule / mkChangedOptionModule compute a new option from old ones, with warnings.
let lib = import <nixpkgs/lib>;
    r = lib.evalModules { modules = [
      ./inputs/users-stub.nix
      { options.level = lib.mkOption { type = lib.types.str; default = "none"; };
        options.mode = lib.mkOption { type = lib.types.str; default = "normal"; }; }
      (lib.mkMergedOptionModule [ [ "a" "b" ] [ "c" ] ] [ "level" ]
        (config: if config.a.b == true then "ab" else if config.c == true then "c" else "neither"))
      (lib.mkChangedOptionModule [ "old" "speed" ] [ "mode" ] (config: if config.old.speed > 100 then "high" else "normal"))
      { _file = "user.nix"; c = true; old.speed = 200; }
    ]; }; in
{ inherit (r.config) level mode warnings; }
