# Without a base directory (flake-primops.cc 103) a relative path is an error: parsePathFlakeRefWithFragment, flakeref.cc 199.
builtins.parseFlakeRef "./foo"
