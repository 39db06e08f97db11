# intersectAttrs does not evaluate the values
builtins.attrNames (builtins.intersectAttrs { a = throw "no"; } { a = throw "no"; b = 1; })
