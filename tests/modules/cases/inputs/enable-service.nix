# Input module for the cases: the usual `enable` + `config = mkIf cfg.enable` pattern.
{ config, lib, ... }:
let cfg = config.services.demo; in
{
  options.services.demo = {
    enable = lib.mkEnableOption "the demo service";
    port = lib.mkOption { type = lib.types.port; default = 8080; description = "Port."; };
  };
  config = lib.mkIf cfg.enable {
    items = [ "demo:${toString cfg.port}" ];
  };
}
