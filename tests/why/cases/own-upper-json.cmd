why tests/why/modules/config.nix demo.upper --json
