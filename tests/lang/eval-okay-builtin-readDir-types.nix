# readDir of a directory holding only regular files
builtins.readDir ./imports/dir
