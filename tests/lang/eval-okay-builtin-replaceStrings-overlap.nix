# replaceStrings does not rescan replaced text
[ (builtins.replaceStrings [ "aa" ] [ "a" ] "aaaa") (builtins.replaceStrings [ "a" "b" ] [ "b" "a" ] "ab") (builtins.replaceStrings [ "." ] [ "\\." ] "a.b") ]
