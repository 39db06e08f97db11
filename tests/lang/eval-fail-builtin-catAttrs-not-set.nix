# every element must be a set
builtins.catAttrs "a" [ { a = 1; } 2 ]
