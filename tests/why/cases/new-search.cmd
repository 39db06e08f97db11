why --module ../shared/seed/containers-new.nix ../shared/golden/cases/new-registries/config.nix virtualisation.containers.registries.search
