# --json of a derivation with several outputs writes the default output's path
(derivation { name = "mj"; system = "s"; builder = "/bin/sh"; outputs = [ "lib" "out" ]; })
