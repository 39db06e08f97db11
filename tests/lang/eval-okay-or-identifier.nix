# `or` after a non-selection is a variable passed as an argument
let f = x: x + 1; in with { or = 41; }; f or
