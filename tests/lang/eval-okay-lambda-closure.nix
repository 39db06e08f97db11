# a function keeps the scope it was made in
let mk = n: x: x + n; f = mk 10; n = 1000; in f 1
