# The host modules of an April 2020 NixOS host as the golden renders model it.
[
  ./config/locale.nix
  ./config/networking.nix
  ./config/users-groups.nix
  ./misc/assertions.nix
  ./misc/host-options.nix
  ./misc/meta.nix
  ./misc/nixpkgs.nix
  ./system/boot/systemd.nix
  ./system/etc/etc.nix
]
