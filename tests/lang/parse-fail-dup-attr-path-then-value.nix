# a dotted path and then a value for the prefix
{ a.b = 1; a = 2; }
