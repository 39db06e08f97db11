# a constant interpolation is the same name
{ a = 1; ${"a"} = 2; }
