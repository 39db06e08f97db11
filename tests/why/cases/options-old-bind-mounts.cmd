options --module ../shared/seed/containers-old.nix 'containers.<name>.bindMounts'
