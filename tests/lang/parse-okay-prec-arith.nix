# * and / bind tighter than + and -; all are left associative
a: b: c: d: [ (a + b * c) (a * b + c) (a - b - c) (a / b / c) (a + b - c + d) (a * b / c * d) (a - b * c / d) ]
