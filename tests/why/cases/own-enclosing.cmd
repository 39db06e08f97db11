why tests/why/modules/enclosing.nix demo.sites.www.port
