# An option of a NixOS module the host does not load (sshd.nix): nothing in the render reads
# `services', so the 2020 lib alone would never check it; the render must still fail.
{ services.openssh.enable = true; }
