# toJSON writes each type
builtins.toJSON { a = [ 1 (-2) 3.5 "s" true false null ]; b = { }; c = [ ]; d = { e = "f"; }; }
