# bit operations need integers
builtins.bitAnd 1.0 1
