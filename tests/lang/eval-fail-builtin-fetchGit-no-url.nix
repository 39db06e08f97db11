# fetchGit without a url
builtins.fetchGit { }
