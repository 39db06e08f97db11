builtins.fromJSON "\"abcdefghijklmnop\tqrstuvwxyz\""
