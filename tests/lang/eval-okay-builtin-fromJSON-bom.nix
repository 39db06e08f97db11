# a UTF-8 byte order mark before the JSON text is skipped
builtins.fromJSON (builtins.readFile ./files/formats/bom.json)
