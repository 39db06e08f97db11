# builtins.add does not concatenate strings
builtins.add "a" "b"
