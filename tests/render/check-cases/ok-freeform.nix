# A freeform submodule (libs with freeformType): undeclared names are its values.
# newer-libs-only
{ lib, ... }: {
  options.settings = lib.mkOption {
    type = lib.types.submodule {
      freeformType = lib.types.attrsOf lib.types.anything;
      options.port = lib.mkOption { type = lib.types.int; default = 1; };
    };
    default = { };
  };
  config.settings = { port = 2; anything.goes = "here"; };
}
