# a character that may not appear in a bare key
builtins.fromTOML "a/b = 1"
