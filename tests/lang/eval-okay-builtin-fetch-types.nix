# the fetchers are functions
map (f: builtins.typeOf f) [ builtins.fetchurl builtins.fetchTarball builtins.fetchGit builtins.fetchMercurial builtins.fetchTree ]
