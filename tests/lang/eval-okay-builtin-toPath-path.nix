# toPath of a path value
[ (builtins.toPath /a/b) (builtins.toPath ./files) ]
