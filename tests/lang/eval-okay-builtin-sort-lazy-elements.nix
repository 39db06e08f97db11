# sort with a comparator that needs one field only
map (x: x.k) (builtins.sort (a: b: a.k < b.k) [ { k = 3; x = throw "no"; } { k = 1; x = throw "no"; } ])
