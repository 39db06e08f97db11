# the function must return lists
builtins.concatMap (x: x) [ 1 ]
