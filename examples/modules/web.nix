# The web server role: it insists on its domain and adds the kernel modules it needs.
{ lib, config, ... }:
{
  networking.domain = lib.mkForce "example.com";
  networking.hosts."10.0.0.2" = [ "db" ];
  boot.kernelModules = lib.mkMerge [
    (lib.mkAfter [ "tun" ])
    # only database hosts load zfs, and this host is no database host
    (lib.mkIf (config.networking.hostName == "db1") [ "zfs" ])
  ];
}
