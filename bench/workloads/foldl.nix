# foldl' over a million-element list.
builtins.foldl' (acc: x: acc + x) 0 (builtins.genList (i: i * 2) 1000000)
