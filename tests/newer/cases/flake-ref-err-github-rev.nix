# github.cc 139: the rev is parsed as a SHA-1 hash (Hash::parseAny, hash.cc 140: baseFromSize's message); BadHash is not BadURL, so it is shown.
builtins.parseFlakeRef "github:owner/repo?rev=xyz"
