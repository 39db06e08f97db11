builtins.fromJSON "{\"a\" 1\n}"
