# fetchGit has no type attribute
builtins.fetchGit { url = "/nonexistent"; type = "git"; }
