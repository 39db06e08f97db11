# a fixed-output derivation's outPath depends only on its hash and name
let mk = b: derivation { name = "fixed"; system = "s"; builder = b; outputHashMode = "flat"; outputHashAlgo = "sha256"; outputHash = "0000000000000000000000000000000000000000000000000000000000000000"; };
in [ (mk "/bin/a").outPath ((mk "/bin/a").outPath == (mk "/bin/b").outPath) ((mk "/bin/a").drvPath == (mk "/bin/b").drvPath) ]
