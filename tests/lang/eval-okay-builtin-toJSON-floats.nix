# toJSON float formatting
builtins.toJSON [ 1.0 0.1 1.5 (1.0 / 3.0) 1.0e20 1.0e-7 123456789.0 (0.1 + 0.2) ]
