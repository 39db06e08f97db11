# builtins.add on ints and floats
[ (builtins.add 1 2) (builtins.add 1.5 2) (builtins.add (-1) 1) (builtins.add 9223372036854775807 1) ]
