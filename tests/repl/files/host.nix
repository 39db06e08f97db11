# A configuration for :c: the host modules of modules/nixos and these definitions.
{ lib, ... }: {
  networking.hostName = "repl-test";
  networking.extraHosts = lib.mkAfter "10.0.0.7 registry.lan";
}
