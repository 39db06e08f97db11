# getContext describes the store paths a string refers to
[ (builtins.getContext "plain") (builtins.getContext (builtins.toFile "f" "x")) (builtins.getContext "${./files/hello.txt}") ]
