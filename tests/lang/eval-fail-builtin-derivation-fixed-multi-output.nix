# fixed-output derivations have exactly one output, out
(derivation { name = "f"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; outputHash = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73"; outputHashAlgo = "sha256"; }).outPath
