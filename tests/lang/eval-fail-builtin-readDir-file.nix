# readDir of a file
builtins.readDir ./files/hello.txt
