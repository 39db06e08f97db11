# the context of an interpolated derivation names its output
let d = derivation { name = "gc"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "bin" ]; }; in builtins.getContext "${d} ${d.bin}"
