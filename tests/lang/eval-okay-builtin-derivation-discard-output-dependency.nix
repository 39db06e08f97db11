# a drv path without its output dependency is a plain source input
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; }; in (derivation { name = "u"; system = "s"; builder = "/bin/sh"; drv = builtins.unsafeDiscardOutputDependency d.drvPath; }).drvPath
