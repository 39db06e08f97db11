# an int and a float give a float
[ (1 + 0.5) (0.5 + 1) (3 * 0.5) (1 / 2.0) (2.0 - 1) (7 / 2.0) (builtins.typeOf (1 + 1.0)) ]
