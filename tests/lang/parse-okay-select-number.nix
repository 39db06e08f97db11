# x.1 is x applied to the float .1
x: x.1
