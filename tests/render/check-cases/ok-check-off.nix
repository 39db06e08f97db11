# _module.check = false: undeclared options are accepted, as the lib does.
{ lib, ... }: {
  options.a = lib.mkOption { default = 1; };
  config._module.check = false;
  config.b.c = 2;
}
