# the failing one of several assertions
assert true; assert builtins.isInt "a"; 1
