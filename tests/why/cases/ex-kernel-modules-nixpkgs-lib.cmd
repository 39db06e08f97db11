why -I nixpkgs=../shared/nixpkgs-lib/2020-04 examples/modules/config.nix boot.kernelModules
