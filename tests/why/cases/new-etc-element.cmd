why --module ../shared/seed/containers-new.nix ../shared/golden/cases/new-registries/config.nix 'environment.etc."containers/registries.conf"'
