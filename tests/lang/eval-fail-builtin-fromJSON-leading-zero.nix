# a number with a leading zero ends after the zero
builtins.fromJSON "[01]"
