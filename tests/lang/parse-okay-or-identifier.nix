# `or` after a value that is not a selection is the variable or, passed as an argument
with { or = 1; }; f: [ (f or) ]
