# readFile takes an absolute path string too
builtins.readFile (toString ./files/hello.txt)
