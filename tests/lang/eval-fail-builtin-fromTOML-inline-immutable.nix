# an inline table cannot be extended by a dotted key
builtins.fromTOML "a = { b = 1 }\na.c = 2"
