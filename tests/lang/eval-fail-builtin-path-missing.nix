# builtins.path needs a path attribute
builtins.path { name = "x"; }
