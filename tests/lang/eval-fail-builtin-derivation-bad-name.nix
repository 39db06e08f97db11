# names are restricted to store path characters
(derivation { name = "a b"; system = "s"; builder = "/bin/sh"; }).outPath
