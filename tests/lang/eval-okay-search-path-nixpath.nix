# builtins.nixPath lists the -I entries
builtins.nixPath
