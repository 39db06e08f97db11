# replaceStrings replaces every occurrence, trying the patterns in order at each position
[ (builtins.replaceStrings [ "a" ] [ "A" ] "banana") (builtins.replaceStrings [ "an" "a" ] [ "1" "2" ] "banana") (builtins.replaceStrings [ "a" "an" ] [ "1" "2" ] "banana") (builtins.replaceStrings [ ] [ ] "x") (builtins.replaceStrings [ "x" ] [ "yy" ] "") ]
