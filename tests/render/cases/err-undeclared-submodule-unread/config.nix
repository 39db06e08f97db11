# An undeclared option in a submodule value nothing in the render reads: the configuration
# declares an attrsOf (submodule) option of its own and mistypes a name in one value.
{ lib, ... }:
{
  options.site.vhosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule {
      options.root = lib.mkOption { type = lib.types.str; };
      options.tls.enable = lib.mkOption { type = lib.types.bool; default = false; };
    });
    default = { };
  };
  config.site.vhosts.example = { root = "/srv/www"; tls.enabel = true; };
}
