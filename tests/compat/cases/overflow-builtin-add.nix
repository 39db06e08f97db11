# builtins.add is prim_add, as `+` (its message, primops.cc).
builtins.add 1 9223372036854775807
