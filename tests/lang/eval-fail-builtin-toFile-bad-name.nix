# toFile names are restricted like store path names
builtins.toFile "a/b" "x"
