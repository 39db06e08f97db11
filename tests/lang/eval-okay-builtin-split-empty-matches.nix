# split with a pattern that can match the empty string
[ (builtins.split "a*" "baac") (builtins.split "(a*)" "b") (builtins.split "," "") (builtins.split "," ",") ]
