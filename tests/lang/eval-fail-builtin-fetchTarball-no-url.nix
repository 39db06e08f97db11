# fetchTarball without a url
builtins.fetchTarball { sha256 = ""; }
