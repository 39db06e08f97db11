# Options the containers modules set that produce no /etc file on this host (see the golden
# README): kernel modules, udev rules, system packages.
{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options = {
    boot.kernelModules = mkOption {
      type = types.listOf types.str;
      default = [];
      description = "Kernel modules loaded at boot.";
    };
    services.udev.extraRules = mkOption {
      type = types.lines;
      default = "";
      description = "Extra udev rules.";
    };
    environment.systemPackages = mkOption {
      type = types.listOf types.package;
      default = [];
      description = "Packages installed system-wide.";
    };
  };
}
