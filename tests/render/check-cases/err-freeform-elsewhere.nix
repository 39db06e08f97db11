# A freeform submodule does not make its siblings freeform.
# newer-libs-only
{ lib, ... }: {
  options.settings = lib.mkOption {
    type = lib.types.submodule { freeformType = lib.types.attrsOf lib.types.anything; };
    default = { };
  };
  options.other.x = lib.mkOption { default = 1; };
  config.settings.anything = 1;
  config.other.y = 2;
}
