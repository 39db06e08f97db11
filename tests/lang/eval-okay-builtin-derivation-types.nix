# attribute values of each type become strings in the derivation
(derivation { name = "types"; system = "s"; builder = "/bin/sh"; i = 1; f = 1.5; t = true; fa = false; n = null; l = [ 1 "a" null true ]; p = "x"; }).drvPath
