# and a builder
(derivation { name = "x"; system = "s"; }).outPath
