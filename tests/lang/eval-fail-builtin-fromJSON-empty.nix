# nothing to parse
builtins.fromJSON " "
