# integer arithmetic; / on integers truncates toward zero
[ (1 + 2) (5 - 7) (6 * 7) (7 / 2) (-7 / 2) (7 / -2) (-7 / -2) (0 - 0) (2 * -3) ]
