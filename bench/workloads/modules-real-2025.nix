# evalModules of nixpkgs' real lib of 2025-10 (the newest that runs on Nix 2.8) with 2,000 submodules.
import ./lib/modules-real.nix ../../../shared/nixpkgs-lib/2025-10/lib
