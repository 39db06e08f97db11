options tests/why/modules/config.nix demo.sites --md
