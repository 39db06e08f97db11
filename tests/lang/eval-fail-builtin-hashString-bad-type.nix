# an unknown hash algorithm
builtins.hashString "sha3" "x"
