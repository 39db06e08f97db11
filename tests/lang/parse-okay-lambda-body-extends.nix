# a lambda body extends as far right as possible
f: x: f x + 1
