# fetchers.cc 69: file+git gets a hint.
builtins.parseFlakeRef "file+git://x"
