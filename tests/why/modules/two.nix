# The second module: overrides and ordering.
{ lib, ... }:
{
  config = lib.mkMerge [
    { demo.level = lib.mkOverride 90 7; }
    { demo.words = lib.mkBefore [ "first" ]; }
    (lib.mkIf false { demo.words = [ "never" ]; })
  ];
}
