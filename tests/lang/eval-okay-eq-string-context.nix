# string context does not matter for equality
(builtins.toFile "x" "y") == builtins.unsafeDiscardStringContext (builtins.toFile "x" "y")
