# a set literal merged with a path that repeats one of its attributes
{ a = { b = 1; }; a.b = 2; }
