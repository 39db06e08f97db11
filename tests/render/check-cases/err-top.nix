# An undeclared top-level name.
{ lib, ... }: {
  options.a = lib.mkOption { default = 1; };
  config.b = 2;
}
