# parseFlakeRef (flakeref.cc 74) rejects what parseFlakeRefWithFragment took as the fragment; today's unit test parseFlakeRef.path expects it to throw.
builtins.parseFlakeRef "/foo/bar#bla"
