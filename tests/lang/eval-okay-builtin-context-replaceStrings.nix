# replaceStrings keeps the context of the input and of used replacements
let a = builtins.toFile "a" "A"; in [ (builtins.hasContext (builtins.replaceStrings [ "x" ] [ "y" ] "${a}x")) (builtins.hasContext (builtins.replaceStrings [ "x" ] [ a ] "x")) (builtins.hasContext (builtins.replaceStrings [ "z" ] [ a ] "x")) ]
