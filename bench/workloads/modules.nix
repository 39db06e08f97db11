# A module evaluation: 300 options declared across 30 modules, each set by a config module,
# with types, defaults, mkIf and mkDefault, through nixel's own lib (modules/lib).
let
  lib = import ../../modules/lib;
  inherit (lib) mkOption types mkIf mkDefault;
  decl = m: { ... }: {
    options = builtins.listToAttrs (builtins.genList (i: {
      name = "m${toString m}o${toString i}";
      value = mkOption { type = types.int; default = i; };
    }) 10);
  };
  conf = m: { config, ... }: {
    config = builtins.listToAttrs (builtins.genList (i: {
      name = "m${toString m}o${toString i}";
      value = mkIf (config."m${toString m}o0" >= 0) (mkDefault (i * m));
    }) 10);
  };
  result = lib.evalModules { modules = builtins.genList decl 30 ++ builtins.genList conf 30; };
in builtins.foldl' (a: b: a + b) 0 (builtins.attrValues result.config)
