# 1e5 is 1 applied to e5
1e5
