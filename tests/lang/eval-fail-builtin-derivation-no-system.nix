# and a system
(derivation { name = "x"; builder = "/bin/sh"; }).outPath
