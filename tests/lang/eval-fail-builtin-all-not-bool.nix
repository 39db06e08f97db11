# the predicate must return a boolean
builtins.all (x: x) [ 1 ]
