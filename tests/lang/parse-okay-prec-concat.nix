# ++ is right associative and binds tighter than * and +
a: b: c: [ (a ++ b ++ c) (a ++ b + c) (a * b ++ c) ]
