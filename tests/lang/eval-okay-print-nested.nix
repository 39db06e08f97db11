# how nested values print
{ a = [ [ ] [ { } ] { b = [ 1 "s" null true false 1.5 ]; } ]; }
