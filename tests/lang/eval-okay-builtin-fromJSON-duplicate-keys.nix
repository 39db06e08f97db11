# a duplicate key: which one wins
builtins.fromJSON ''{ "a": 1, "a": 2 }''
