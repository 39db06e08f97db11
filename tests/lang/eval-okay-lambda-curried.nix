# curried functions and partial application
let add = a: b: a + b; inc = add 1; in [ (add 2 3) (inc 41) (builtins.map inc [ 1 2 ]) ]
