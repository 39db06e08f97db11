# lessThan on strings compares bytes
builtins.sort builtins.lessThan [ "b" "B" "a" "" "aa" "A" "_" "1" "é" ]
