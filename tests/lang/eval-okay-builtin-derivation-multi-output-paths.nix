# output paths and the drv path of a multi-output derivation
let d = derivation { name = "m"; system = "s"; builder = "/bin/sh"; outputs = [ "bin" "out" "dev" ]; }; in [ d.outputName d.outPath d.bin.outPath d.dev.outPath d.out.outPath d.drvPath (map (o: o.outputName) d.all) ]
