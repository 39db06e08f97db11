# 1a is the integer 1 applied to the variable a
a: 1a
