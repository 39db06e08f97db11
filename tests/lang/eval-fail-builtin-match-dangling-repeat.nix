# a repetition with nothing to repeat
builtins.match "*a" "a"
