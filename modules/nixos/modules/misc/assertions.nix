# assertions and warnings: checked and shown by the render plan as NixOS's top-level did.
{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options = {
    assertions = mkOption {
      type = types.listOf types.unspecified;
      internal = true;
      default = [];
      example = [ { assertion = false; message = "you can't enable this for that reason"; } ];
      description = "Conditions ({ assertion; message; }) the configuration must meet.";
    };
    warnings = mkOption {
      type = types.listOf types.str;
      internal = true;
      default = [];
      description = "Messages shown when the configuration is built.";
    };
  };
}
