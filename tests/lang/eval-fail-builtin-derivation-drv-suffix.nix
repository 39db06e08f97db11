# a name must not end in .drv
(derivation { name = "x.drv"; system = "s"; builder = "/bin/sh"; }).outPath
