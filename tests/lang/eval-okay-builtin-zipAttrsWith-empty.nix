# zipAttrsWith with no sets and with empty sets
[ (builtins.zipAttrsWith (n: v: v) [ ]) (builtins.zipAttrsWith (n: v: v) [ { } { } ]) ]
