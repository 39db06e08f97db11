# let bindings are recursive
let a = b + 1; b = 2; f = n: if n == 0 then 0 else n + f (n - 1); in [ a b (f 10) ]
