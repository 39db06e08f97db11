# an unknown escape sequence in a basic string
builtins.fromTOML "a = \"\\x41\""
