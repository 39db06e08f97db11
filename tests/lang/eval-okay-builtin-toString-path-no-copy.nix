# toString of a path does not copy it to the store
builtins.hasContext (toString ./files/hello.txt)
