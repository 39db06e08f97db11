# match and split ignore the context of the subject; split returns the subject itself when nothing matches
let p = builtins.toFile "p" "x"; s = "${p}-x"; in [ (builtins.match ".*-(x)" s) (builtins.hasContext (builtins.head (builtins.match ".*-(x)" s))) (builtins.hasContext (builtins.head (builtins.split "-" s))) (builtins.hasContext (builtins.head (builtins.split "q" s))) ]
