# a lambda applied to fewer arguments than it takes is still a lambda
let f = a: b: a; in [ (f 1) builtins.head ]
