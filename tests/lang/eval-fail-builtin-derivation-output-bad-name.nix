# output names end up in store path names
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "a/b" ]; }).outPath
