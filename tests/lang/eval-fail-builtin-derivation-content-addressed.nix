# content-addressed derivations are experimental in Nix 2.8
(derivation { name = "c"; system = "s"; builder = "/bin/sh"; __contentAddressed = true; }).outPath
