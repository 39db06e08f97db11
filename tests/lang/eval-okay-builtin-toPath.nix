# toPath makes an absolute path string canonical
[ (builtins.toPath "/a/b/../c") (builtins.toPath "/a//b/") (builtins.typeOf (builtins.toPath "/a")) ]
