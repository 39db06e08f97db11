# foldl' over a two-million-element list.
builtins.foldl' (acc: x: acc + x) 0 (builtins.genList (i: i * 2) 2000000)
