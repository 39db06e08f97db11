# foldl' folds from the left
[ (builtins.foldl' (acc: x: acc + x) 0 [ 1 2 3 ]) (builtins.foldl' (acc: x: [ acc x ]) "z" [ "a" "b" ]) (builtins.foldl' (a: b: a) 7 [ ]) ]
