# a plain let
let a = 1; b = a; in b
