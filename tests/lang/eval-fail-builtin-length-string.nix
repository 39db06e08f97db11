# length is for lists, not strings
builtins.length "abc"
