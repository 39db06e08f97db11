# derivation attributes with and without context
let d = derivation { name = "hc"; system = "s"; builder = "/bin/sh"; }; in [ (builtins.hasContext d.outPath) (builtins.hasContext d.name) (builtins.hasContext d.drvPath) ]
