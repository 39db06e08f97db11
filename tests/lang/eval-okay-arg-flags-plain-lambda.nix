# a top-level function without formals is not called
x: x
