# a lexical binding wins over with, even an outer one
let a = 1; in with { a = 2; }; a
