# 00.5 is the integer 00 applied to the float .5
f: f 00.5
