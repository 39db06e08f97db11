# every replacement is evaluated, even if its pattern does not occur
builtins.replaceStrings [ "x" "a" ] [ (throw "replacement forced") "b" ] "aaa"
