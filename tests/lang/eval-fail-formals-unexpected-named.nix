# an unexpected argument to a named function
let fun = { aa, bb ? 1 }: aa; in fun { aa = 1; cc = 2; }
