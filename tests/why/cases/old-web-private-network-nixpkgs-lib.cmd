why -I nixpkgs=../shared/nixpkgs-lib/2020-04 --module ../shared/seed/containers-old.nix ../shared/golden/cases/old-two/config.nix containers.web.privateNetwork
