# unsafeDiscardOutputDependency turns a drvPath's "all outputs" context into a plain path
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; }; in [ (builtins.getContext d.drvPath) (builtins.getContext (builtins.unsafeDiscardOutputDependency d.drvPath)) ]
