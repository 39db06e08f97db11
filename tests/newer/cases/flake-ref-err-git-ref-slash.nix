# isLegalRefName: no trailing '/' (today's unit test: heads/foo/ is illegal).
builtins.flakeRefToString { type = "git"; url = "https://example.org/r"; ref = "heads/foo/"; }
