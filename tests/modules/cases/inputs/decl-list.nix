# Input module for the cases: declares `items`, a list merged from all definitions.
{ lib, ... }:
{
  options.items = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
    description = "Items collected from all modules.";
  };
}
