# hasContext
[ (builtins.hasContext "plain") (builtins.hasContext (builtins.toFile "f" "x")) (builtins.hasContext "${./files/hello.txt}x") ]
