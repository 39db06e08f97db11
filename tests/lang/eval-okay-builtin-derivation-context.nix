# the contexts of a derivation's paths
let d = derivation { name = "ctx"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; }; in [ (builtins.getContext d.drvPath) (builtins.getContext d.outPath) (builtins.getContext d.dev.outPath) ]
