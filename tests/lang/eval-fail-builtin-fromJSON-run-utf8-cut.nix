builtins.fromJSON "\"abcdefghâ‚\""
