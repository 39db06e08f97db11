# if-then-else, nested and as operands
a: [ (if a then 1 else 2) (if a then if a then 1 else 2 else 3) (1 + (if a then 1 else 2)) (if a then 1 else 2 + 3) ]
