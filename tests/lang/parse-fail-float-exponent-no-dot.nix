# 1e-7 is the integer 1 applied to the variable e-7
1e-7
