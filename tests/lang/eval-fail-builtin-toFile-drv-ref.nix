# toFile cannot refer to a derivation output
builtins.toFile "x" "${derivation { name = "d"; system = "s"; builder = "/bin/sh"; }}"
