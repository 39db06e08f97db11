# path.cc 31: revCount must be a decimal number (string2Int).
builtins.parseFlakeRef "path:/foo?revCount=abc"
