# unsafeDiscardStringContext keeps the text and drops the context
let s = builtins.toFile "f" "x"; d = builtins.unsafeDiscardStringContext s; in [ (d == s) (builtins.hasContext d) ]
