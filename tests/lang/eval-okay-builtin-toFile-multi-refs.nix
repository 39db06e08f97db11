# toFile records every store path in its contents as a reference; the result depends on them
let a = builtins.toFile "a" "A"; b = builtins.toFile "b" "B"; in [ (builtins.toFile "ab" "${a} ${b}") (builtins.toFile "ba" "${b} ${a}") (builtins.toFile "p" "${./files/store/data}") ]
