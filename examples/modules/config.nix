# A host made of two modules whose definitions meet: try
#   nixel why examples/modules/config.nix networking.domain
# and see README.md.
{ lib, ... }:
{
  imports = [ ./base.nix ./web.nix ];
  networking.hostName = "web1";
  networking.domain = "ignored.example.net";
  boot.kernelModules = lib.mkBefore [ "br_netfilter" ];
}
