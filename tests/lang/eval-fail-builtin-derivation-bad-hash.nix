# a fixed-output hash must be valid
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; outputHash = "xyz"; outputHashAlgo = "sha256"; }).outPath
