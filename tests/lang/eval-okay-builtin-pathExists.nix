# pathExists for files, directories and missing paths, also as strings
[ (builtins.pathExists ./files/hello.txt) (builtins.pathExists ./files) (builtins.pathExists ./files/nope) (builtins.pathExists (toString ./files/hello.txt)) (builtins.pathExists ./files/tree/link) ]
