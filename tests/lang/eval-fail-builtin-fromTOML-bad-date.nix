# a date that does not exist
builtins.fromTOML "a = 1979-02-30"
