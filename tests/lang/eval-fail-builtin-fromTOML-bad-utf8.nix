# a basic string that is not UTF-8
builtins.fromTOML (builtins.readFile ./files/formats/bad-utf8.toml)
