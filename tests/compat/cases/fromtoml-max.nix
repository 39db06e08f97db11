# The extremes are integers.
builtins.fromTOML "a = 9223372036854775807\nb = -9223372036854775808"
