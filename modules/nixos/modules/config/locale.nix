# The environment every systemd service gets on this host: TZDIR from time.nix and
# LOCALE_ARCHIVE from i18n.nix of NixOS (no time.* or i18n.* options here).
{ pkgs, ... }:
{
  systemd.globalEnvironment = {
    TZDIR = "${pkgs.tzdata}/share/zoneinfo";
    LOCALE_ARCHIVE = "${pkgs.glibcLocales}/lib/locale/locale-archive";
  };
}
