# without --strict, the top-level value is evaluated only as far as to print its outer structure
{ a = 1; b = 1 + 1; c = [ 1 (1 + 1) "s" ]; d = { e = 2; }; f = x: x; g = null; h = builtins.map; }
