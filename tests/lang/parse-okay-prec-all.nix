# one expression with a binary operator of each level
a: b: a -> b || a && ! a == b < a // b + a - b * a / b ++ a ? c
