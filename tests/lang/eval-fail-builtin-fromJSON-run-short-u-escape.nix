builtins.fromJSON "\"abcdefgh\\u12\""
