# A module evaluation: 4,000 int options declared across 100 modules and defined by 100 more,
# with types, defaults, mkIf on another option and mkDefault, through nixel's own lib
# (modules/lib).
let
  lib = import ../../modules/lib;
  inherit (lib) mkOption types mkIf mkDefault;
  decl = m: { ... }: {
    options = builtins.listToAttrs (builtins.genList (i: {
      name = "m${toString m}o${toString i}";
      value = mkOption { type = types.int; default = i; };
    }) 40);
  };
  switch = { ... }: { options.enable = mkOption { type = types.bool; default = true; }; };
  conf = m: { config, ... }: {
    config = builtins.listToAttrs (builtins.genList (i: {
      name = "m${toString m}o${toString i}";
      value = mkIf config.enable (mkDefault (i * m));
    }) 40);
  };
  result = lib.evalModules { modules = [ switch ] ++ builtins.genList decl 100 ++ builtins.genList conf 100; };
in builtins.foldl' (a: b: a + b) 0 (map (n: result.config.${n}) (builtins.filter (n: n != "enable" && n != "_module") (builtins.attrNames result.config)))
