# an array of inline tables cannot be extended with [[header]]
builtins.fromTOML "a = [ { b = 1 } ]\n[[a]]\nb = 2"
