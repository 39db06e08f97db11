# a value that needs itself
let x = x + 1; in x
