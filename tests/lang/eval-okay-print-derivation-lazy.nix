# a derivation at the top level without --strict
derivation { name = "toplevel"; system = "s"; builder = "/bin/sh"; }
