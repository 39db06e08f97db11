# toPath needs an absolute path
builtins.toPath "a/b"
