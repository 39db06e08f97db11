# A wrongly typed definition computed from others: shown as written, shallow.
{ config, lib, ... }: {
  networking.hostName = lib.mkIf true [ "web" config.networking.domain ];
}
