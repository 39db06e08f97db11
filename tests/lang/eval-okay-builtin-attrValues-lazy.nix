# attrValues does not evaluate the values
builtins.length (builtins.attrValues { a = throw "no"; b = 2; })
