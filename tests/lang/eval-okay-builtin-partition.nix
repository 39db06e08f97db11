# partition splits a list into right (true) and wrong (false)
[ (builtins.partition (x: x > 2) [ 1 5 2 4 3 ]) (builtins.partition (x: true) [ ]) ]
