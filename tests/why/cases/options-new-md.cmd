options --module ../shared/seed/containers-new.nix virtualisation.containers.policy --md
