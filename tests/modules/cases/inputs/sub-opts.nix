# Input module for the cases: a submodule given as a path.
{ name, lib, ... }:
{
  options.label = lib.mkOption { type = lib.types.str; default = "label-${name}"; };
}
