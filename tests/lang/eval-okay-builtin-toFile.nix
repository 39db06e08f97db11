# toFile returns a store path with context
let p = builtins.toFile "name.txt" "contents\n"; in [ p (builtins.hasContext p) (builtins.getContext p) ]
