# filter keeps the elements for which the predicate is true
[ (builtins.filter (x: x > 2) [ 1 5 2 4 3 ]) (builtins.filter (x: true) [ ]) (builtins.filter builtins.isString [ 1 "a" null "b" ]) ]
