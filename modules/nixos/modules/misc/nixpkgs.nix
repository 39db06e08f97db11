# nixpkgs.localSystem and the `pkgs` module argument built for it (../../pkgs).
{ config, lib, ... }:
let inherit (lib) mkOption types; in
{
  options.nixpkgs = {
    system = mkOption {
      type = types.str;
      default = "x86_64-linux";
      description = "The platform the host runs on.";
    };
    localSystem = mkOption {
      type = types.attrs;
      default = { inherit (config.nixpkgs) system; };
      description = "The platform the host runs on, as an attribute set with `system`.";
    };
  };

  config._module.args.pkgs = import ../../pkgs {
    inherit lib;
    system = config.nixpkgs.localSystem.system;
  };
}
