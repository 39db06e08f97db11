# Under --restrict-eval (flags file): toFile's result is not allowed (Nix 2.8 allows copies
# and added paths only).
builtins.readFile (builtins.toFile "r" "x")
