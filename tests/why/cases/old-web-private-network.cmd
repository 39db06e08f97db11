why --module ../shared/seed/containers-old.nix ../shared/golden/cases/old-two/config.nix containers.web.privateNetwork
