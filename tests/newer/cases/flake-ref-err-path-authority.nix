# path.cc 18: a path: URL with a host.
builtins.parseFlakeRef "path://host/foo"
