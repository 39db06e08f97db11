# functions cannot be derivation attributes
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; f = x: x; }).outPath
