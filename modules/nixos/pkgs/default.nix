# `pkgs` for the host and seed modules: the named packages (packages.nix) and the trivial
# builders (trivial-builders.nix). `recording` (default true) makes realizable builders hand out
# marker paths so the render plan can find every object an /etc file refers to; set it to false
# for plain derivations with real store paths everywhere.
{ system ? "x86_64-linux", lib ? import <nixpkgs/lib>, recording ? true }:
let
  packages = import ./packages.nix { inherit system; };
  builders = import ./trivial-builders.nix { inherit system packages recording; };
in
  packages // builders // {
    inherit lib system;
    buildPlatform.system = system;
    hostPlatform.system = system;
    targetPlatform.system = system;
  }
