# functionArgs needs a function
builtins.functionArgs 1
