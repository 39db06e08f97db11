# deep and mixed nesting, duplicate keys keep the last value, keys in any order
builtins.fromJSON "{\"z\": [[[], {}], [{\"a\": [null]}]], \"a\": {\"b\": {\"c\": true}}, \"a \": 1, \"\": false, \"z\": 2}"
