# The nested NixOS system a declarative container's `config` evaluates (the old containers
# module imports this file as ../../lib/eval-config.nix). A stand-in, as the golden README
# describes: it declares boot.isContainer, networking.hostName, networking.useDHCP, assertions
# and system.build.toplevel; any other option a container sets is accepted and ignored.
# toplevel is a text object `nixos-system-<hostName>-20.09pre-git` holding a one-line JSON
# summary; forcing it with a failed assertion throws NixOS's "Failed assertions:" message.
{ system ? "x86_64-linux"
, modules
, prefix ? []
, lib ? import <nixpkgs/lib>
, pkgs ? null
, extraArgs ? {}
, specialArgs ? {}
}:
let
  inherit (lib) mkOption types;

  nixosLabel = "20.09pre-git";
  givenPkgs = pkgs;

  base = { config, pkgs, ... }: {
    options = {
      boot.isContainer = mkOption {
        type = types.bool;
        default = false;
        description = "Whether this system runs as a container of another.";
      };
      networking.hostName = mkOption {
        type = types.str;
        default = "nixos";
        description = "The name of the machine.";
      };
      networking.useDHCP = mkOption {
        type = types.bool;
        default = true;
        description = "Whether to use DHCP on all interfaces.";
      };
      assertions = mkOption {
        type = types.listOf types.unspecified;
        internal = true;
        default = [];
        description = "Conditions ({ assertion; message; }) the system must meet.";
      };
      system.build.toplevel = mkOption {
        type = types.unspecified;
        internal = true;
        description = "The system (a stand-in text object).";
      };
    };

    config = {
      # Options outside the stand-in's few are accepted unchecked.
      _module.check = false;

      _module.args.pkgs =
        if givenPkgs != null then givenPkgs else import ../pkgs { inherit lib system; };

      system.build.toplevel =
        let
          failed = map (x: x.message) (builtins.filter (x: !x.assertion) config.assertions);
          hostName = config.networking.hostName;
          systemName = if hostName != "" then hostName else "unnamed";
          summary = builtins.toJSON {
            inherit hostName prefix system;
            isContainer = config.boot.isContainer;
            useDHCP = config.networking.useDHCP;
          };
        in
          if failed != []
          then throw "\nFailed assertions:\n${builtins.concatStringsSep "\n" (map (m: "- ${m}") failed)}"
          else pkgs.writeText "nixos-system-${systemName}-${nixosLabel}" summary;
    };
  };
in
  lib.evalModules {
    modules = [ base ] ++ modules;
    inherit prefix;
    args = extraArgs;
    specialArgs = { modulesPath = toString ../modules; } // specialArgs;
  }
