# systemd.services, systemd.targets and systemd.units with every option the host declares:
# [Unit] keys from the list options, unitConfig/serviceConfig value kinds, environment (JSON
# escaping, null dropped, global environment), path (packages and strings, systemd.package
# last), all six scripts with scriptArgs, the X-*IfChanged lines, wantedBy/requiredBy links,
# aliases, a masked unit, overrides.conf for units systemd ships, unit-script name escaping.
{ pkgs, ... }:
let ctl = hex: builtins.fromJSON ''"\u00${hex}"''; in
{
  imports = [ { systemd.services.full.serviceConfig.SupplementaryGroups = [ "wheel" ]; } ];

  systemd.package = pkgs.runCommand "systemd-custom-1" { } "mkdir $out";

  systemd.services.full = {
    description = "Full service";
    documentation = [ "man:full(8)" "https://example.org/full" ];
    requires = [ "a.service" ];
    wants = [ "b.service" "c.service" ];
    after = [ "network.target" ];
    before = [ "d.service" ];
    bindsTo = [ "e.device" ];
    partOf = [ "f.target" ];
    conflicts = [ "g.service" ];
    requisite = [ "h.service" ];
    onFailure = [ "notify@%n.service" ];
    wantedBy = [ "multi-user.target" "custom.target" ];
    requiredBy = [ "other.target" ];
    aliases = [ "full-alias.service" ];
    restartTriggers = [ (pkgs.writeText "trigger" "t\n") "plain-string" ];
    unitConfig = {
      ConditionPathExists = "/etc/full";
      DefaultDependencies = false;
      StartLimitBurst = 5;
      IgnoreOnIsolate = null;
      X-List = [ "one" "two" ];
      X-Empty = [ ];
    };
    serviceConfig = {
      Type = "oneshot";
      RemainAfterExit = true;
      User = "nobody";
      Nice = -5;
      SupplementaryGroups = [ "audio" ];
    };
    environment = {
      GREETING = "say \"hi\"\tplease\nnow ${ctl "01"} \\ é";
      NULLED = null;
      CONFIG = pkgs.writeText "full.conf" "conf\n";
      PKG = pkgs.gnused;
    };
    path = [ pkgs.iproute "/run/wrappers" ];
    script = "echo start";
    scriptArgs = "--flag %i";
    preStart = "echo pre";
    postStart = "echo post";
    reload = "echo reload";
    preStop = "echo stop";
    postStop = "echo poststop";
    reloadIfChanged = true;
    stopIfChanged = false;
  };

  systemd.services."web\\app@" = {
    script = "exec web";
    restartIfChanged = false;
  };

  systemd.services.masked = {
    enable = false;
    script = "never";
    wantedBy = [ "multi-user.target" ];
  };

  systemd.targets.custom = {
    description = "Custom";
    wantedBy = [ "multi-user.target" ];
    aliases = [ "custom-alias.target" ];
    unitConfig.AllowIsolate = true;
  };
  systemd.targets.network.wants = [ "full.service" ];
  systemd.targets.sound.enable = false;

  systemd.units = {
    "raw.socket" = { text = "[Socket]\nListenStream=80\n"; wantedBy = [ "sockets.target" ]; };
    "machine.slice".text = "[Slice]\nCPUQuota=50%\n";
    "empty.service" = { };
    "dev-null.mount".enable = false;
  };
}
