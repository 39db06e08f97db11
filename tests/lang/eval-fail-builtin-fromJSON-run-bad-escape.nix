builtins.fromJSON "\"abcdefghijklmnop\\qrstuvwxyz\""
