# derivationStrict with a fixed output
builtins.derivationStrict { name = "fixed-strict"; system = "s"; builder = "/bin/sh"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }
