why tests/why/modules/conflict.nix demo.version
