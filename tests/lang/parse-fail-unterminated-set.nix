# a set is never closed
{ a = 1;
