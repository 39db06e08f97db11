# path.cc 33: a parameter path: inputs do not have is an Error (not BadURL), shown with the URL as parsePathFlakeRefWithFragment builds it (flakeref.cc 204: an empty authority, so path:///). Today's unit test parseFlakeRef.path expects it to throw.
builtins.parseFlakeRef "/foo/bar?xyzzy=123"
