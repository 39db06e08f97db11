# fetchMercurial without a url
builtins.fetchMercurial { }
