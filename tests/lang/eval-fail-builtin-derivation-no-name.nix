# a derivation needs a name
(derivation { system = "s"; builder = "/bin/sh"; }).outPath
