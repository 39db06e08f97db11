why examples/modules/config.nix networking.hostname
