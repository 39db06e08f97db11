# ... and one used is.
builtins.replaceStrings [ "a" "n" ] [ "x" (throw "used") ] "banana"
