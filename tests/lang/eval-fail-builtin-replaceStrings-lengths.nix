# the two lists must have the same length
builtins.replaceStrings [ "a" "b" ] [ "c" ] "ab"
