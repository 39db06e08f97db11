# outputs must be distinct
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "out" ]; }).outPath
