# a quoted name is the same name
{ a = 1; "a" = 2; }
