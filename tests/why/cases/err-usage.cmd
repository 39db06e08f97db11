why examples/modules/config.nix
