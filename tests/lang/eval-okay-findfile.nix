# builtins.findFile searches a list like the one in nixPath
builtins.findFile [ { prefix = "x"; path = toString ./search/a; } { prefix = ""; path = toString ./search; } ] "x/which.nix"
