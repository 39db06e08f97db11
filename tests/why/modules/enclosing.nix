# Definitions of a sub-option that go through the enclosing option: one whose enclosing
# definition is disabled, one whose enclosing definition loses (mkDefault against a plain one).
{ lib, ... }:
{
  imports = [
    ./declare.nix
    { demo.sites = lib.mkIf false { www.port = 1; }; }
    { demo.sites = lib.mkDefault { www.port = 2; }; }
  ];
  demo.sites.www.enable = true;
}
