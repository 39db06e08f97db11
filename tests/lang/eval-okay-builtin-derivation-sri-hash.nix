# an SRI hash for a fixed-output derivation
(derivation { name = "sri"; system = "s"; builder = "/bin/sh"; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }).outPath
