# --xml of numbers
[ 1 (-2) 1.5 1.0e20 0.1 ]
