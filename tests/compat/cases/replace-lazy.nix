# eval-okay-replacestrings.exp: a replacement never used is never forced.
builtins.replaceStrings [ "a" "z" ] [ "x" (throw "unused") ] "banana"
