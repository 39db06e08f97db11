# comparisons are non associative; < binds tighter than ==
a: b: c: [ (a < b) (a <= b) (a > b) (a >= b) (a < b == c) (a != b < c) (a >= b == true) (a + 1 < b * 2) ]
