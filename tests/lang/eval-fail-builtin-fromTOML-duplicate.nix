# a key defined twice
builtins.fromTOML "a = 1\na = 2"
