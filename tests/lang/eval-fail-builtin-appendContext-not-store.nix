# context entries must be store paths
builtins.appendContext "x" { "/not/in/store" = { path = true; }; }
