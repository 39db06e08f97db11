# The site-wide module: defaults every host starts from.
{ lib, ... }:
{
  networking.hostName = lib.mkDefault "base-host";
  networking.domain = "example.org";
  boot.kernelModules = [ "kvm-intel" ];
  networking.hosts."10.0.0.1" = [ "gateway" ];
}
