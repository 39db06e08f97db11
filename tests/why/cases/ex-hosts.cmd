why examples/modules/config.nix networking.hosts
