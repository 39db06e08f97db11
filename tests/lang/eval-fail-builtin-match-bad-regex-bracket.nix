# an unterminated bracket expression
builtins.match "[a" "a"
