builtins.fromJSON "\"abcdefghijklmnopqrstuvwxyz"
