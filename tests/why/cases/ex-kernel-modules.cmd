why examples/modules/config.nix boot.kernelModules
