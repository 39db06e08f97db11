# github.cc 75 throws BadURL for an unknown parameter; parseURLFlakeRef (flakeref.cc 251) catches BadURL and the reference is then tried as a path, which it is not.
builtins.parseFlakeRef "github:a/b?foo=1"
