# --json writes a derivation as its out path
derivation { name = "json"; system = "s"; builder = "/bin/sh"; }
