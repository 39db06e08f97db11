# __ignoreNulls leaves out null attributes
let a = derivation { name = "n"; system = "s"; builder = "/bin/sh"; x = null; __ignoreNulls = true; };
    b = derivation { name = "n"; system = "s"; builder = "/bin/sh"; }; in a.drvPath == b.drvPath
