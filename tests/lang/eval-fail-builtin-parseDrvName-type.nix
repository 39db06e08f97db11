# parseDrvName wants a string
builtins.parseDrvName 1
