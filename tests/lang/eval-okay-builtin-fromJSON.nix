# fromJSON parses each JSON type
builtins.fromJSON ''{ "a": [1, -2, 3.5, "s", true, false, null], "b": {}, "c": [], "d": { "e": "f" } }''
