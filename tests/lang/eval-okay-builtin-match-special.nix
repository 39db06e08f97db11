# match with special characters and backslash escapes
[ (builtins.match "a\\+b" "a+b") (builtins.match "[+*?]+" "+*?") (builtins.match "\\(x\\)" "(x)") (builtins.match "a\\|b" "a|b") (builtins.match "(\\$)" "$") ]
