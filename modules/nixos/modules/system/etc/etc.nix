# environment.etc of an April 2020 NixOS host: per entry enable, target, text, source, mode,
# uid, gid, user, group. A `text` entry gets `source = writeText "etc-<baseNameOf name>" text`
# (mkDefault). The render plan writes the enabled entries (render.nix).
{ config, lib, pkgs, ... }:
let
  inherit (lib) mkOption mkDefault mkIf types;

  entry = { name, config, ... }: {
    options = {
      enable = mkOption {
        type = types.bool;
        default = true;
        description = "Whether this /etc file is generated.";
      };
      target = mkOption {
        type = types.str;
        description = "Name of the file, relative to /etc (default: the attribute name).";
      };
      text = mkOption {
        default = null;
        type = types.nullOr types.lines;
        description = "Contents of the file.";
      };
      source = mkOption {
        type = types.path;
        description = "Store object (or path) holding the contents of the file.";
      };
      mode = mkOption {
        type = types.str;
        default = "symlink";
        example = "0600";
        description = "\"symlink\", or an octal mode for a copied file.";
      };
      uid = mkOption {
        default = 0;
        type = types.int;
        description = "Owner uid of a copied file.";
      };
      gid = mkOption {
        default = 0;
        type = types.int;
        description = "Group gid of a copied file.";
      };
      user = mkOption {
        default = "+${toString config.uid}";
        type = types.str;
        description = "Owner name of a copied file.";
      };
      group = mkOption {
        default = "+${toString config.gid}";
        type = types.str;
        description = "Group name of a copied file.";
      };
    };

    config = {
      target = mkDefault name;
      source = mkIf (config.text != null)
        (mkDefault (pkgs.writeText ("etc-" + baseNameOf name) config.text));
    };
  };
in
{
  options.environment.etc = mkOption {
    default = {};
    type = types.attrsOf (types.submodule entry);
    description = "Files to create under /etc.";
  };
}
