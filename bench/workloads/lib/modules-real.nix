# The body of the modules-real workloads: nixpkgs' real lib (the folder given) running
# evalModules with 2,000 submodules (attrsOf (submodule ...)), each with typed options,
# defaults, mkIf, mkMerge, mkDefault and mkForce, as NixOS configurations use it.
libdir:
let
  lib = import libdir;
  inherit (lib) mkOption types mkIf mkMerge mkDefault mkForce;
  n = 2000;
  item = { name, config, ... }: {
    options = {
      enable = mkOption { type = types.bool; default = true; };
      port = mkOption { type = types.port; default = 80; };
      host = mkOption { type = types.str; default = "${name}.local"; };
      tags = mkOption { type = types.listOf types.str; default = [ ]; };
      env = mkOption { type = types.attrsOf types.str; default = { }; };
      mode = mkOption { type = types.enum [ "a" "b" "c" ]; default = "a"; };
      extra = mkOption { type = types.nullOr types.int; default = null; };
    };
    config = mkMerge [
      { tags = [ "t-${name}" ]; env.NAME = name; }
      (mkIf config.enable { env.ENABLED = "1"; mode = mkDefault "b"; })
    ];
  };
  decl = { ... }: {
    options.items = mkOption { type = types.attrsOf (types.submodule item); default = { }; };
    options.count = mkOption { type = types.int; default = 0; };
  };
  defs = { config, ... }: {
    items = builtins.listToAttrs (builtins.genList (i: {
      name = "i${toString i}";
      value = {
        port = 1000 + i;
        enable = lib.mod i 3 != 0;
        tags = [ "x${toString (lib.mod i 7)}" ];
        extra = if lib.mod i 5 == 0 then mkForce i else null;
      };
    }) n);
    count = mkDefault n;
  };
  more = { config, ... }: {
    items = builtins.listToAttrs (builtins.genList (i: {
      name = "i${toString (i * 2)}";
      value = { env.MORE = "yes"; mode = "c"; };
    }) (n / 2));
  };
  result = lib.evalModules { modules = [ decl defs more ]; };
  summary = name: v: "${name}:${toString v.port}:${v.host}:${v.mode}:${toString (v.extra or 0)}:"
    + builtins.concatStringsSep "," (v.tags ++ builtins.attrNames v.env ++ builtins.attrValues v.env);
in builtins.hashString "sha256"
  (builtins.concatStringsSep "\n" (lib.mapAttrsToList summary result.config.items))
