# other errors in an element do not
builtins.zipAttrsWith (k: v: v) [ { a = 1; } (throw "b") ]
