# inline tables take no trailing comma
builtins.fromTOML "a = { b = 1, }"
