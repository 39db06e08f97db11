# -A with a list index out of range
{ a = [ 1 ]; }
