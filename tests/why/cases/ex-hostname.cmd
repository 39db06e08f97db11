why examples/modules/config.nix networking.hostName
