# depending on a .drv with all its outputs needs its closure, which is not in the store
let d = derivation { name = "d"; system = "s"; builder = "/bin/sh"; }; in (derivation { name = "u"; system = "s"; builder = "/bin/sh"; drv = d.drvPath; }).drvPath
