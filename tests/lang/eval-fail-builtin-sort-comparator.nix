# the comparator must return a boolean
builtins.sort (a: b: 1) [ 1 2 ]
