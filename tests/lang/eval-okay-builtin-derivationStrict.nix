# derivationStrict returns the output paths and drvPath
builtins.derivationStrict { name = "strict"; system = "s"; builder = "/bin/sh"; outputs = [ "out" "doc" ]; }
