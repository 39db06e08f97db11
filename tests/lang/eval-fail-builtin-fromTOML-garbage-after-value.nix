# something after a value on the same line
builtins.fromTOML "a = 1 b = 2"
