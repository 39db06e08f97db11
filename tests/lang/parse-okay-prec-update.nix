# // is right associative and binds looser than + and tighter than comparisons
a: b: c: [ (a // b // c) (a + b // c) (a // b == c) (a // b < c) ]
