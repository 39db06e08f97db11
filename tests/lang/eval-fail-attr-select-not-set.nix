# -A going into a non-set
{ a = 1; }
