# contexts of concatenated strings are merged
let a = builtins.toFile "a" "A"; b = builtins.toFile "b" "B"; in builtins.attrNames (builtins.getContext "${a} and ${b}")
