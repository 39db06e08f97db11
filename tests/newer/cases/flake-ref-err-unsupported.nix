# No input scheme takes the URL (fetchers.cc 72).
builtins.parseFlakeRef "foo:bar"
