# builtins.path rejects unknown arguments
builtins.path { path = ./files/store; recursive = true; exclude = [ ]; }
