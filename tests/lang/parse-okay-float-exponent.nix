# exponents need a dot before them; e, E, signed and unsigned
[ 1.5e3 1.5E3 1.5e+3 1.5e-3 .5e2 2.e2 123.456e10 ]
