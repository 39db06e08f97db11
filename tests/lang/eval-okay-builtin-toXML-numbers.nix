# numbers in XML: integers in full, floats as C++ streams print them
builtins.toXML [ 0 (-9223372036854775807) 1.0 0.1 (1.0 / 3) 1.0e20 1.5e-7 100000.0 1000000.0 (-0.0) ]
