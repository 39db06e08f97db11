# Evaluates the seed modules (containers-old.nix, containers-new.nix) with
# the lib found at <nixpkgs/lib>, next to stub host options and a fake
# package set, and summarizes what they define. Run by seed-eval.sh with
# nixel's lib and with nixpkgs' 2020 lib; the summaries must be equal.
# `stubTeams` replaces lib.teams, which nixpkgs' lib reads from files
# outside lib/ that the reference copy lacks.
{ seedDir ? ../../../shared/seed, stubTeams ? false }:

let
  realLib = import <nixpkgs/lib>;
  lib = if stubTeams then realLib // { teams.podman.members = [ ]; } else realLib;
  pkgs = import ./seed/pkgs-stub.nix;

  evalWith = modules: lib.evalModules {
    specialArgs = { inherit lib; };
    modules = [ ./seed/host-stubs.nix { _module.args.pkgs = pkgs; } ] ++ modules;
  };

  # What documentation would list: option names, types, defaults.
  docs = options: map
    (o: { inherit (o) name type; } // lib.optionalAttrs (o ? default) { inherit (o) default; })
    (lib.optionAttrSetToDocList options);

  service = s: {
    inherit (s) description environment wantedBy wants after restartIfChanged unitConfig;
    script = s.script;
    preStart = s.preStart;
    postStart = s.postStart;
    serviceConfig = removeAttrs s.serviceConfig [ "ExecReload" ] // { ExecReload = s.serviceConfig.ExecReload.text; };
    path = map (p: p.name) s.path;
    restartTriggers = map toString s.restartTriggers;
  };

  oldSummary = r: {
    etcNames = builtins.attrNames r.config.environment.etc;
    etcTexts = lib.mapAttrs (_: e: e.text) r.config.environment.etc;
    etcSources = lib.mapAttrs (_: e: toString e.source) r.config.environment.etc;
    services = lib.mapAttrs (_: service) r.config.systemd.services;
    targets = r.config.systemd.targets;
    inherit (r.config.networking) extraHosts;
    denyInterfaces = r.config.networking.dhcpcd.denyInterfaces;
    udevRules = r.config.services.udev.extraRules;
    kernelModules = r.config.boot.kernelModules;
    systemPackages = map (p: p.name) r.config.environment.systemPackages;
    enableContainers = r.config.boot.enableContainers;
    containers = lib.mapAttrs
      (_: c: removeAttrs c [ "config" "bindMounts" ] // { bindMounts = builtins.attrValues c.bindMounts; })
      r.config.containers;
    options = docs r.options.containers ++ docs r.options.boot;
  };

  newSummary = r: {
    etcNames = builtins.attrNames r.config.environment.etc;
    etcSources = lib.mapAttrs (_: e: { inherit (e.source) name; env = e.source.env or null; text = e.source.text or null; }) r.config.environment.etc;
    users = r.config.users.users;
    maintainersIsList = builtins.isList r.config.meta.maintainers;
    options = docs r.options.virtualisation;
  };

  oldModule = seedDir + "/containers-old.nix";
  newModule = seedDir + "/containers-new.nix";

  containerDefs = {
    containers.web = {
      path = "/nix/var/nix/profiles/web";
      privateNetwork = true;
      hostAddress = "10.0.0.1";
      localAddress = "10.0.0.2/24";
      forwardPorts = [ { hostPort = 8080; containerPort = 80; } { protocol = "udp"; hostPort = 53; } ];
      bindMounts."/srv" = { hostPath = "/data/srv"; isReadOnly = false; };
      bindMounts."/etc/ro" = { };
      autoStart = true;
      enableTun = true;
      extraVeths.veth1 = { hostBridge = "br0"; };
      extraVeths.veth2 = { hostAddress = "10.1.0.1"; localAddress6 = "fc00::2"; };
    };
    containers.db = {
      path = "/nix/var/nix/profiles/db";
      ephemeral = true;
      interfaces = [ "eth1" ];
      macvlans = [ "eth2" ];
      extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" ];
      tmpfs = [ "/var" ];
      allowedDevices = [ { node = "/dev/fuse"; modifier = "rwm"; } ];
      # The 2020-era list spelling of a loaOf option (warns).
      bindMounts = [ { mountPoint = "/list"; hostPath = "/host/list"; } ];
    };
  };
in
{
  old = oldSummary (evalWith [ oldModule containerDefs ]);

  oldDisabled = let r = evalWith [ oldModule { boot.isContainer = true; } ]; in {
    etcNames = builtins.attrNames r.config.environment.etc;
    services = builtins.attrNames r.config.systemd.services;
    enableContainers = r.config.boot.enableContainers;
  };

  new = newSummary (evalWith [
    newModule
    {
      virtualisation.containers = {
        enable = true;
        users = [ "alice" "bob" "alice" ];
        registries.insecure = [ "registry.local" ];
      };
    }
  ]);

  newWithPolicy = newSummary (evalWith [
    newModule
    { virtualisation.containers.enable = true; virtualisation.containers.policy = { default = [ { type = "reject"; } ]; }; }
  ]);

  newDisabled = newSummary (evalWith [ newModule ]);

  both = let r = evalWith [ oldModule newModule containerDefs { virtualisation.containers.enable = true; } ]; in {
    etcNames = builtins.attrNames r.config.environment.etc;
    services = builtins.attrNames r.config.systemd.services;
  };
}
