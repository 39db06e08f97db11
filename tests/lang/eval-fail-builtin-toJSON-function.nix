# toJSON of a function
builtins.toJSON { f = x: x; }
