# a prefixed hash must agree with outputHashAlgo
(derivation { name = "f"; system = "s"; builder = "/bin/sh"; outputHash = "md5:d41d8cd98f00b204e9800998ecf8427e"; outputHashAlgo = "sha256"; }).outPath
