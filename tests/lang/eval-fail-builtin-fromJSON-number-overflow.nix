# a float too large for a double
builtins.fromJSON "[1, 1e400]"
