# An undeclared option in the value of a nullOr (submodule), inside an attrsOf.
{ lib, ... }: {
  options.m = lib.mkOption {
    type = lib.types.attrsOf (lib.types.nullOr (lib.types.submodule { options.x = lib.mkOption { default = 0; }; }));
    default = { };
  };
  config.m.one = null;
  config.m.two = { x = 1; y = 2; };
}
