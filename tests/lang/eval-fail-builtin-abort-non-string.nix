# abort coerces its argument to a string
abort 1
