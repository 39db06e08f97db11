# JSON numbers: integers stay integers, others become floats
builtins.fromJSON "[0, -0, 1.0, 1e3, 1E-2, -1.5e+2, 9223372036854775807, 12345678901234567890, 0.1]"
