# fetchTarball rejects unknown arguments
builtins.fetchTarball { url = "file:///nonexistent"; md5 = "x"; }
