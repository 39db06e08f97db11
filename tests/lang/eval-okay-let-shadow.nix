# inner bindings shadow outer ones
let a = 1; in let a = 2; b = a; in [ a b ]
