# or also gives the default when selecting from a non-set
let x = 1; in x.a.b or 2
