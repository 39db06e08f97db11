# integers with a leading zero
builtins.fromTOML "a = 0123"
