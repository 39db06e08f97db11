# Options for the why tests: one of each kind of merge, an apply, a read-only option, a
# function and a submodule inside an attrsOf.
{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.demo = {
    level = mkOption {
      type = types.int;
      default = 1;
      description = "A number several modules fight over.";
    };
    words = mkOption {
      type = types.listOf types.str;
      default = [ "default" ];
      example = [ "a" "b" ];
      description = "Words from every module, ordered by mkOrder.";
    };
    motd = mkOption {
      type = types.lines;
      default = "";
      description = "Lines joined from every module.";
    };
    upper = mkOption {
      type = types.str;
      default = "x";
      apply = lib.toUpper;
      description = "A string shown in capitals (apply).";
    };
    hook = mkOption {
      type = types.unspecified;
      default = x: x;
      description = "A function: shown as «lambda @ FILE:L:C».";
    };
    version = mkOption {
      type = types.str;
      default = "1.0";
      readOnly = true;
      description = "A read-only option.";
    };
    sites = mkOption {
      default = { };
      description = "Sites, each a submodule.";
      type = types.attrsOf (types.submodule ({ name, ... }: {
        options.enable = mkOption {
          type = types.bool;
          default = false;
          description = "Whether site <name> is served.";
        };
        options.port = mkOption {
          type = types.port or types.int;
          default = 80;
          description = "The port of the site.";
        };
      }));
    };
  };
}
