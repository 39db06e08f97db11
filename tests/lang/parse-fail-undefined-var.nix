# variables are resolved when parsing
let a = 1; in b
