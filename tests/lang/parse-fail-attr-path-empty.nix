# a binding with an empty path
{ = 1; }
