# git.cc 394: an illegal ref name (libgit2's rules: no '..') is BadURL, so the reference is tried as a path.
builtins.parseFlakeRef "git+https://example.org/repo?ref=bad..name"
