# isLegalRefName (git-utils.cc 1651) rejects "@" itself.
builtins.flakeRefToString { type = "git"; url = "https://example.org/r"; ref = "@"; }
