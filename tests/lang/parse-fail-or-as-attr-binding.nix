# or used where an operator is expected
x: x or or
