# the body of assert extends to the right
a: b: assert a; b + b
