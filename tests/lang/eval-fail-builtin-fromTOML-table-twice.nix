# the same table header twice
builtins.fromTOML "[a]\nx = 1\n[a]\ny = 2"
