# eval-fail-derivationStrict-14.err.exp.
builtins.derivationStrict { name = "o"; builder = "b"; system = "s"; outputs = [ "out" "drvPath" ]; }
