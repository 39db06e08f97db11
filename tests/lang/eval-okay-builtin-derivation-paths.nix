# a derivation's drvPath and outPath
let d = derivation { name = "simple"; system = "x86_64-linux"; builder = "/bin/sh"; args = [ "-c" "echo" ]; }; in [ d.drvPath d.outPath d.type d.name d.outputName ]
