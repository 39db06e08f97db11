# the first output is the default one
let d = derivation { name = "first"; system = "s"; builder = "/bin/sh"; outputs = [ "bin" "out" ]; }; in [ d.outputName (d.outPath == d.bin.outPath) ]
