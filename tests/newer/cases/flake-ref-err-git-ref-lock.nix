# isLegalRefName (git-utils.cc 1645): no component may end in .lock (libgit2; today's unit test GitUtils.isLegalRefName: heads/foo.lock is illegal). In flakeRefToString the BadURL is shown (git.cc 394).
builtins.flakeRefToString { type = "git"; url = "https://example.org/r"; ref = "heads/foo.lock"; }
