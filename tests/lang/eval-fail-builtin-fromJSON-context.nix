# the JSON text must not have string context
builtins.fromJSON "${builtins.toFile "x" "1"}"
