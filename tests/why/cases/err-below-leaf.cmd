why examples/modules/config.nix networking.domain.x
