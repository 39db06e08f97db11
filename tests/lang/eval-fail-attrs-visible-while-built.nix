# the dynamic name needs the set as a list: a type error, not infinite recursion (fuzz-eval seed 20834)
(rec { p = { ${builtins.fromJSON (builtins.toJSON q)} = { }; }; q = builtins.zipAttrsWith (k: i: i) (builtins.head p); }).p
