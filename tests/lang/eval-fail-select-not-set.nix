# selecting from a non-set
let x = 1; in x.a
