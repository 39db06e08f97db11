# Minimal stand-ins for the NixOS host options the seed modules define or
# read (environment.etc, users.users, systemd.services, networking, ...),
# so that seed-eval.nix can evaluate a seed module on its own. Test-only:
# the real host modules live in modules/nixos/. Types follow NixOS 20.03
# closely enough for the seeds' definitions to merge the same way.
{ lib, pkgs, ... }:

let
  inherit (lib) mkOption types;

  # Options whose contents the harness only passes through.
  loose = default: mkOption { type = types.unspecified; inherit default; };

  etcEntry = { name, config, ... }: {
    options = {
      target = mkOption { type = types.str; default = name; };
      text = mkOption { type = types.nullOr types.lines; default = null; };
      source = mkOption { type = types.path; };
      mode = mkOption { type = types.str; default = "symlink"; };
    };
    config.source = lib.mkIf (config.text != null)
      (lib.mkDefault (pkgs.writeText "etc-${baseNameOf name}" config.text));
  };

  userEntry = { name, ... }: {
    options = {
      name = mkOption { type = types.str; default = name; };
      subUidRanges = mkOption { type = types.listOf (types.attrsOf types.int); default = [ ]; };
      subGidRanges = mkOption { type = types.listOf (types.attrsOf types.int); default = [ ]; };
    };
  };

  serviceEntry = { name, ... }: {
    options = {
      description = mkOption { type = types.str; default = ""; };
      unitConfig = mkOption { type = types.attrsOf types.unspecified; default = { }; };
      serviceConfig = mkOption { type = types.attrsOf types.unspecified; default = { }; };
      environment = mkOption { type = types.attrsOf types.str; default = { }; };
      path = mkOption { type = types.listOf types.unspecified; default = [ ]; };
      preStart = mkOption { type = types.lines; default = ""; };
      script = mkOption { type = types.lines; default = ""; };
      postStart = mkOption { type = types.lines; default = ""; };
      preStop = mkOption { type = types.lines; default = ""; };
      restartIfChanged = mkOption { type = types.bool; default = true; };
      restartTriggers = mkOption { type = types.listOf types.unspecified; default = [ ]; };
      wantedBy = mkOption { type = types.listOf types.str; default = [ ]; };
      wants = mkOption { type = types.listOf types.str; default = [ ]; };
      after = mkOption { type = types.listOf types.str; default = [ ]; };
    };
  };
in
{
  imports = [ (lib.mkAliasOptionModule [ "users" "extraUsers" ] [ "users" "users" ]) ];

  options = {
    meta.maintainers = mkOption { type = types.listOf types.attrs; default = [ ]; };
    assertions = mkOption { type = types.listOf types.unspecified; default = [ ]; };
    warnings = mkOption { type = types.listOf types.str; default = [ ]; };

    environment.etc = mkOption { type = types.loaOf (types.submodule etcEntry); default = { }; };
    environment.systemPackages = mkOption { type = types.listOf types.package; default = [ ]; };

    users.users = mkOption { type = types.loaOf (types.submodule userEntry); default = { }; };

    systemd.package = loose pkgs.systemd;
    systemd.services = mkOption { type = types.attrsOf (types.submodule serviceEntry); default = { }; };
    systemd.targets = mkOption { type = types.attrsOf (types.attrsOf (types.listOf types.str)); default = { }; };

    networking.extraHosts = mkOption { type = types.lines; default = ""; };
    networking.dhcpcd.denyInterfaces = mkOption { type = types.listOf types.str; default = [ ]; };
    networking.networkmanager.enable = mkOption { type = types.bool; default = false; };

    services.udev.extraRules = mkOption { type = types.lines; default = ""; };
    boot.kernelModules = mkOption { type = types.listOf types.str; default = [ ]; };
    nixpkgs.localSystem = loose { system = "x86_64-linux"; };
  };
}
