# the key must be a string
builtins.groupBy (x: x) [ 1 ]
