# a derivation that uses another in its attributes depends on it
let a = derivation { name = "dep"; system = "s"; builder = "/bin/sh"; };
    b = derivation { name = "user"; system = "s"; builder = "/bin/sh"; input = a; script = "use ${a}/bin"; };
in [ b.drvPath b.outPath ]
