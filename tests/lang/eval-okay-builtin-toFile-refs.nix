# toFile may refer to other store files (but not derivations)
let a = builtins.toFile "a" "A"; in builtins.toFile "b" "refers to ${a}"
