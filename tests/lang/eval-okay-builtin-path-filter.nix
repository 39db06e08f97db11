# builtins.path with a filter on a directory
builtins.path { path = ./imports/dir; name = "filtered"; filter = path: type: baseNameOf path != "other.nix"; }
