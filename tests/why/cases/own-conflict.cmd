why tests/why/modules/conflict.nix demo.level
