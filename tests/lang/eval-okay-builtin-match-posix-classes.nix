# POSIX character classes and bracket expressions
[ (builtins.match "[[:alpha:]]+" "abcXYZ") (builtins.match "[[:space:]]*" " \t\n") (builtins.match "[[:upper:]][[:lower:]]+" "Hello") (builtins.match "[^a-c]+" "xyz") (builtins.match "[]a]+" "]a]") (builtins.match "[a-]+" "a-a") (builtins.match "[[:alnum:]_]+" "a_1") (builtins.match "[[:punct:]]+" "!?.") ]
