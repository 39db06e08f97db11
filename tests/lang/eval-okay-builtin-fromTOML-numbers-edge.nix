# decimal, hex and octal integers saturate at the int64 limits, binary wraps, overflowing floats become the largest double
builtins.fromTOML ''
  big = 9223372036854775808
  small = -9223372036854775809
  hex = 0xFFFFFFFFFFFFFFFF
  oct = 0o7777777777777777777777
  bin = 0b11111111111111111111111111111111111111111111111111111111111111111
  huge = 1e999
  tiny = 1e-999
  plus = +5
  under = 3.14_15
  exp = 6.02e+23
  inf = -inf
  nan = nan
  negzero = -0.0
''
