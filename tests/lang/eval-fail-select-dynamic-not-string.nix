# a dynamic attribute name must be a string
let s = { a = 1; }; in s.${1}
