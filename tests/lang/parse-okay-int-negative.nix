# unary minus on literals becomes a call of __sub
[ (-1) (- 2) (-0) (- -3) ]
