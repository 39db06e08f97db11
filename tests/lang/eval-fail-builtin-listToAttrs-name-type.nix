# names must be strings
builtins.listToAttrs [ { name = 1; value = 1; } ]
