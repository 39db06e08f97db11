# baseNameOf keeps string context
builtins.hasContext (baseNameOf "${builtins.toFile "f" "x"}")
