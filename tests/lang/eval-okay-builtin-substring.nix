# substring start length, clamped to the string
[ (builtins.substring 0 3 "hello") (builtins.substring 1 2 "hello") (builtins.substring 3 100 "hello") (builtins.substring 10 2 "hello") (builtins.substring 0 (-1) "hello") (builtins.substring 2 0 "hello") (builtins.substring 5 1 "hello") ]
