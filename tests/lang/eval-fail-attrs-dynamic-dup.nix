# a dynamic name that clashes with a static one
let n = "a"; in { a = 1; ${n} = 2; }
