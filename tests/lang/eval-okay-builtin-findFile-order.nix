# findFile takes the first entry that has the file
[ (builtins.findFile [ { prefix = "m"; path = toString ./search/a; } { prefix = "m"; path = toString ./search/b; } ] "m/which.nix")
  (builtins.findFile [ { prefix = "m"; path = toString ./search/a; } { prefix = "m"; path = toString ./search/b; } ] "m/only-b.nix") ]
