# unary minus on floats
[ (-1.5) (-.5) (- 0.0) ]
