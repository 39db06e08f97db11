# An undeclared option in an element of a listOf (submodule).
{ lib, ... }: {
  options.ports = lib.mkOption {
    type = lib.types.listOf (lib.types.submodule { options.port = lib.mkOption { type = lib.types.int; }; });
    default = [ ];
  };
  config.ports = [ { port = 1; } { port = 2; proto = "tcp"; } ];
}
