# An undeclared option one level down in a value of an attrsOf (submodule).
{ lib, ... }: {
  options.hosts = lib.mkOption {
    type = lib.types.attrsOf (lib.types.submodule { options.tls.enable = lib.mkOption { default = false; }; });
    default = { };
  };
  config.hosts.web.tls.enabel = true;
}
