# a string that is not UTF-8
builtins.fromJSON (builtins.readFile ./files/formats/bad-utf8.json)
