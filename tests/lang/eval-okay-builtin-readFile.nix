# readFile returns the file's bytes
[ (builtins.readFile ./files/hello.txt) (builtins.readFile ./files/tree/sub/b.txt) (builtins.readFile ./files/empty) ]
