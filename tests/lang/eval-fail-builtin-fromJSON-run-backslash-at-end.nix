builtins.fromJSON "\"abcdefghijklmnopqrstuvwxyz\\"
