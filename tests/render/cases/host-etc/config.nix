# environment.etc options: text (two definitions joined by lines), target, mode (octal and
# symlink), disabled entries, user/group/uid/gid (not recorded), source = writeText, source =
# a local file, names with slashes (store name etc-<baseNameOf name>).
{ lib, pkgs, ... }:
{
  imports = [ { environment.etc."app/settings.conf".text = "first = 1"; } ];
  environment.etc = {
    "app/settings.conf".text = "second = 2\n";
    motd = { text = "hello\n"; mode = "0600"; uid = 5; gid = 6; user = "alice"; group = "staff"; };
    renamed = { text = "moved"; target = "deep/er/target.txt"; mode = "0444"; };
    disabled = { text = "never"; enable = false; };
    "disabled-source" = { source = pkgs.bash; enable = false; };
    from-writetext.source = pkgs.writeText "custom-name" "via writeText\n";
    from-file.source = ./local-file.txt;
    "nixos/direct" = { text = "direct"; mode = "direct-symlink"; };
  };
}
