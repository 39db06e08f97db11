# several outputs: one attribute per output, each with its outPath
let d = derivation { name = "multi"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "dev" "lib" ]; }; in
[ d.outputName d.dev.outputName d.lib.outPath d.dev.outPath d.out.outPath (d.outPath == d.out.outPath) d.drvPath (builtins.length d.all) ]
