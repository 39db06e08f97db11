# The configuration of the why tests: two modules and a few definitions of its own.
{ lib, ... }:
{
  imports = [ ./declare.nix ./one.nix ./two.nix ];
  demo.level = 5;
  demo.words = lib.mkAfter [ "last" ];
  demo.motd = "from config";
  demo.sites.www.port = lib.mkForce 443;
  demo.sites.www.enable = lib.mkDefault false;
}
