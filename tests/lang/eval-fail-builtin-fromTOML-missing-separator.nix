# two values in an array without a comma
builtins.fromTOML "a = [ 1 2 ]"
