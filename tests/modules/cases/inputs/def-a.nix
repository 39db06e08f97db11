# Input module for the cases: defines an item and imports another module.
{
  imports = [ ./def-b.nix ];
  items = [ "a" ];
}
