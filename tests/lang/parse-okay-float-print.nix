# floats are shown with six significant digits
[ 1.23456789 0.0000001 1234567.0 100000.0 0.000123 3.0 ]
