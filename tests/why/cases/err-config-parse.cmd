why tests/why/modules/broken.nix networking.domain
