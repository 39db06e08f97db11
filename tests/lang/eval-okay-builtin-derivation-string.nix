# a derivation interpolates as its outPath, with context
let d = derivation { name = "str"; system = "s"; builder = "/bin/sh"; }; in [ "${d}" (builtins.hasContext "${d}") (toString d == d.outPath) ]
