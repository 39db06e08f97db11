# folding over a long list
builtins.foldl' (a: b: a + b) 0 (builtins.genList (x: x) 100000)
