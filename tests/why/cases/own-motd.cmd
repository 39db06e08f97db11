why tests/why/modules/config.nix demo.motd
