# Evaluates a host: the host modules (modules/module-list.nix), the given modules (a seed
# module) and the configuration module, with lib.evalModules. Shared by render.nix (the render
# plan) and config-json.nix (`nixel render --json`).
{ modules ? [], config ? {}, lib ? import <nixpkgs/lib> }:
let
  # lib.teams comes from nixpkgs' maintainers/ tree, which nixel's lib does not have.
  libForModules = lib // { teams = import ./lib/teams.nix; };
in
  lib.evalModules {
    modules = import ./modules/module-list.nix ++ modules ++ [ config ];
    specialArgs = {
      lib = libForModules;
      modulesPath = toString ./modules;
    };
  }
