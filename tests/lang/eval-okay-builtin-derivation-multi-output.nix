# a derivation with several outputs: each output is a set sharing the others
derivation { name = "m"; system = "s"; builder = "/bin/sh"; outputs = [ "bin" "out" "dev" ]; }
