# TOML string forms, quoted and dotted keys
builtins.fromTOML "basic = \"a\\tb\\n\\u00e9\"\nliteral = 'C:\\path'\nmulti = \"\"\"\nline1\nline2\"\"\"\nmultilit = '''\nraw\\n'''\n\"quoted key\" = 1\ndotted.key = 2\n"
