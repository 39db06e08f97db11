# findFile with no entry that has the file
builtins.findFile [ { prefix = "x"; path = toString ./search/a; } ] "x/not-there.nix"
