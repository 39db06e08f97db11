# an entry after the one that has the file is still forced: its error is the result
builtins.findFile [ { prefix = "m"; path = toString ./search/a; } { prefix = "m"; path = throw "the second entry"; } ] "m/which.nix"
