# every element needs a value
builtins.listToAttrs [ { name = "a"; } ]
