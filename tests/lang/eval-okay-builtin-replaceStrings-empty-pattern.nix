# an empty pattern matches before every character and at the end
[ (builtins.replaceStrings [ "" ] [ "-" ] "abc") (builtins.replaceStrings [ "b" "" ] [ "B" "-" ] "abc") (builtins.replaceStrings [ "" ] [ "-" ] "") ]
