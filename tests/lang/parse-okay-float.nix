# the float forms: digits.digits, digits., .digits, 0.digits, with exponents
[ 1.5 1. .5 0.5 1.0 0.1 ]
