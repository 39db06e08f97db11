# formals with and without defaults
let f = { a, b ? 2 }: a * b; in [ (f { a = 3; }) (f { a = 3; b = 4; }) ]
