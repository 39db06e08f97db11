# floats in JSON keep more digits
[ 1.0 1.5 0.1 (1.0 / 3.0) 1234567.0 1.0e20 0.00001 (0.1 + 0.2) ]
