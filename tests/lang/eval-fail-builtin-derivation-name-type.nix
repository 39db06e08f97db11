# the name must be a string
(derivation { name = 1; system = "s"; builder = "/bin/sh"; }).outPath
