# isLegalRefName: no '*' (libgit2 allows it only in refspec patterns; today's unit test: foo/* is illegal).
builtins.flakeRefToString { type = "git"; url = "https://example.org/r"; ref = "foo/*"; }
