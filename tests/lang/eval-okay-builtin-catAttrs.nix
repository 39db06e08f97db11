# catAttrs collects an attribute from the sets that have it
builtins.catAttrs "a" [ { a = 1; } { b = 2; } { a = 3; c = 4; } ]
