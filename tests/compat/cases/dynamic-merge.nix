# eval-okay-merge-dynamic-attrs.exp: the second definition's dynamic attribute is kept
# (Nix 2.8 drops it).
{ s = { a = 1; }; s = { "${"b"}" = 2; }; t.x = 1; t = { ${"y"} = 2; }; }
