# an unknown escape in a JSON string
builtins.fromJSON "\"a\\qb\""
