# placeholders are plain strings in the environment
derivation { name = "p"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "dev" ]; devPath = builtins.placeholder "dev"; }
