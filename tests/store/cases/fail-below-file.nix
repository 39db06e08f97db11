# A path below a file in the store: Nix's error.
builtins.readFile "${builtins.toFile "f" "x"}/y"
