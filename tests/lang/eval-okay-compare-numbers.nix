# comparison operators on numbers
[ (1 < 2) (2 < 1) (1 <= 1) (2 <= 1) (2 > 1) (1 > 1) (1 >= 1) (0 >= 1) (-1 < 0) (1.5 < 1.6) ]
