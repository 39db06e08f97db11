# float printing: exponent forms and trailing zeros
[ 1.0e-5 1.0e-4 123456.0 1234567.0 0.5e-10 3.14159265 1.0e15 (1.0e300 * 1.0e10) (0.0 - 1.0e300 * 1.0e10) ]
