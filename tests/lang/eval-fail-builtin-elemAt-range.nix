# an index past the end
builtins.elemAt [ 1 2 ] 2
