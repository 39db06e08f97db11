# functions are never equal, except as the same value inside a list or set
let f = x: x; in [ (f == f) ([ f ] == [ f ]) ({ a = f; } == { a = f; }) ((x: x) == (x: x)) (builtins.map == builtins.map) ]
