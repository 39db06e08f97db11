builtins.fromJSON "\"abcdefghí €\""
