# a dotted key through a value that is not a table
builtins.fromTOML "a = 1\na.b = 2"
