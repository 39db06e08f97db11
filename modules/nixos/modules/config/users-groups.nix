# users.users (with users.extraUsers as its alias) of an April 2020 NixOS host, reduced to what
# /etc/subuid and /etc/subgid need; both files are always generated, mode 0644.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  inherit (builtins) attrNames concatStringsSep map toString;

  idRange = startName: types.submodule {
    options = {
      ${startName} = mkOption {
        type = types.int;
        description = "First subordinate id of the range.";
      };
      count = mkOption {
        type = types.int;
        default = 1;
        description = "Number of subordinate ids.";
      };
    };
  };

  userOpts = { name, config, ... }: {
    options = {
      name = mkOption {
        type = types.str;
        description = "The user's name (default: the attribute name).";
      };
      description = mkOption {
        type = types.str;
        default = "";
        description = "The user's full name.";
      };
      uid = mkOption {
        type = types.nullOr types.int;
        default = null;
        description = "The user's uid (null: allocated).";
      };
      isNormalUser = mkOption {
        type = types.bool;
        default = false;
        description = "Whether this is a real person's account.";
      };
      isSystemUser = mkOption {
        type = types.bool;
        default = false;
        description = "Whether this is a system account.";
      };
      group = mkOption {
        type = types.str;
        default = "nogroup";
        description = "The user's primary group.";
      };
      extraGroups = mkOption {
        type = types.listOf types.str;
        default = [];
        description = "The user's other groups.";
      };
      home = mkOption {
        type = types.path;
        default = "/var/empty";
        description = "The user's home directory.";
      };
      subUidRanges = mkOption {
        type = types.listOf (idRange "startUid");
        default = [];
        description = "Subordinate uid ranges (/etc/subuid).";
      };
      subGidRanges = mkOption {
        type = types.listOf (idRange "startGid");
        default = [];
        description = "Subordinate gid ranges (/etc/subgid).";
      };
    };
    config = lib.mkMerge [
      { name = lib.mkDefault name; }
      (lib.mkIf config.isNormalUser {
        group = lib.mkDefault "users";
        home = lib.mkDefault "/home/${config.name}";
      })
    ];
  };

  users = config.users.users;
  rangeLines = rangesOf: startOf:
    concatStringsSep "" (map (key:
      let user = users.${key}; in
      concatStringsSep "" (map (range:
        "${user.name}:${toString (startOf range)}:${toString range.count}\n")
        (rangesOf user)))
      (attrNames users));
in
{
  imports = [ (lib.mkAliasOptionModule [ "users" "extraUsers" ] [ "users" "users" ]) ];

  options.users.users = mkOption {
    default = {};
    type = types.attrsOf (types.submodule userOpts);
    description = "User accounts.";
  };

  config.environment.etc = {
    subuid = {
      text = rangeLines (u: u.subUidRanges) (r: r.startUid);
      mode = "0644";
    };
    subgid = {
      text = rangeLines (u: u.subGidRanges) (r: r.startGid);
      mode = "0644";
    };
  };
}
