# toJSON keeps the context of the strings it writes
let p = builtins.toFile "p" "x"; in [ (builtins.hasContext (builtins.toJSON { a = [ "${p}" ]; })) (builtins.hasContext (builtins.toJSON { a = 1; })) ]
