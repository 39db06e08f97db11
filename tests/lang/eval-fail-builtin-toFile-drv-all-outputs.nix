# toFile cannot refer to a .drv with all its outputs
builtins.toFile "x" (derivation { name = "d"; system = "s"; builder = "/bin/sh"; }).drvPath
