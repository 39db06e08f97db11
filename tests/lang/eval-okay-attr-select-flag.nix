# -A selects an attribute path from the result
{ a = { b = [ 10 20 30 ]; c = "no"; }; d = throw "not selected"; }
