# Input module for the cases: a function module that also imports def-b.nix.
{ config, lib, ... }:
{
  imports = [ ./def-b.nix ];
  config.items = lib.mkIf (config ? items) [ "c" ];
}
