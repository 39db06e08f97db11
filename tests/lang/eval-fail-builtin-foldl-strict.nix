# foldl' forces the accumulator at each step
builtins.foldl' (acc: x: if x == 2 then throw "stop" else acc) 0 [ 1 2 3 ]
