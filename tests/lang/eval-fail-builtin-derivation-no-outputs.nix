# an empty outputs list fails in the wrapper before derivationStrict runs
(derivation { name = "x"; system = "s"; builder = "/bin/sh"; outputs = [ ]; }).type
