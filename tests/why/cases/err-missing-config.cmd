why tests/why/modules/missing.nix networking.domain
