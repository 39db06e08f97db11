# a selection without a name
x: x.
