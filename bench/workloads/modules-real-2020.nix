# evalModules of nixpkgs' real lib of 2020-04 (the seed modules' era) with 2,000 submodules.
import ./lib/modules-real.nix ../../../shared/nixpkgs-lib/2020-04/lib
