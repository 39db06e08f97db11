# listToAttrs of an empty list, and a value that is never used
[ (builtins.listToAttrs [ ]) (builtins.attrNames (builtins.listToAttrs [ { name = "x"; value = throw "no"; } ])) ]
