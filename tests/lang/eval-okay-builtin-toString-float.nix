# toString of floats uses six decimals
map toString [ 0.0 (-1.5) 1.0e20 1.0e-7 3.14159265 ]
