# a lambda's argument is not visible outside it
(x: x) x
