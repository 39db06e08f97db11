# an output cannot be called drv
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "drv" ]; }).outPath
