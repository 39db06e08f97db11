# Host networking options of an April 2020 NixOS host and the /etc/hosts they give:
# networking.hostName, domain, enableIPv6, hosts, extraHosts, plus the options the containers
# module sets without them showing in any file (dhcpcd.denyInterfaces, networkmanager.enable).
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  inherit (builtins) attrNames concatStringsSep filter map;
  cfg = config.networking;

  # "<hostName>.<domain>" then "<hostName>", each only when it makes sense.
  hostNames =
    (if cfg.hostName != "" && cfg.domain != null then [ "${cfg.hostName}.${cfg.domain}" ] else [])
    ++ (if cfg.hostName != "" then [ cfg.hostName ] else []);

  hostLines =
    let named = filter (ip: cfg.hosts.${ip} != []) (attrNames cfg.hosts);
    in concatStringsSep "\n" (map (ip: ip + " " + concatStringsSep " " cfg.hosts.${ip}) named);
in
{
  options.networking = {
    hostName = mkOption {
      default = "nixos";
      type = types.str;
      description = "The name of the machine.";
    };
    domain = mkOption {
      default = null;
      type = types.nullOr types.str;
      description = "The domain of the machine.";
    };
    enableIPv6 = mkOption {
      default = true;
      type = types.bool;
      description = "Whether to enable IPv6 (and the ::1 lines of /etc/hosts).";
    };
    hosts = mkOption {
      default = {};
      type = types.attrsOf (types.listOf types.str);
      description = "Host names by IP address, for /etc/hosts.";
    };
    extraHosts = mkOption {
      default = "";
      type = types.lines;
      description = "Text appended to /etc/hosts.";
    };
    dhcpcd.denyInterfaces = mkOption {
      default = [];
      type = types.listOf types.str;
      description = "Interfaces (globs) dhcpcd leaves alone.";
    };
    networkmanager.enable = mkOption {
      default = false;
      type = types.bool;
      description = "Whether to enable NetworkManager.";
    };
  };

  config = {
    networking.hosts = { "127.0.0.1" = hostNames; }
      // (if cfg.enableIPv6 then { "::1" = hostNames; } else {});

    environment.etc.hosts.text =
      "127.0.0.1 localhost\n"
      + (if cfg.enableIPv6 then "::1 localhost" else "") + "\n"
      + hostLines + "\n"
      + cfg.extraHosts + "\n";
  };
}
