# Two options defined from each other.
{ config, ... }: {
  networking.hostName = config.networking.domain;
  networking.domain = config.networking.hostName;
}
