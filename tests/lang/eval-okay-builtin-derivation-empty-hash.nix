# an empty fixed-output hash is all zeros, with a warning
(derivation { name = "z"; system = "s"; builder = "/bin/sh"; outputHash = ""; outputHashAlgo = "sha1"; }).outPath
