why --frobnicate examples/modules/config.nix networking.domain
