# A typo two levels down that nothing reads.
{ lib, ... }: {
  options.a.b.c = lib.mkOption { default = 1; };
  config.a.b.d = 2;
}
