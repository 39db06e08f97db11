# substring keeps the string's context
builtins.hasContext (builtins.substring 0 5 (builtins.toFile "x" "y"))
