# attrValues come in name order
builtins.attrValues { b = 1; a = 2; c = [ 3 ]; }
