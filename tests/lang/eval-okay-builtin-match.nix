# match must match the whole string; it returns the groups or null
[ (builtins.match "ab" "ab") (builtins.match "a" "ab") (builtins.match "a(b)" "ab") (builtins.match "(a)(x)?" "a") (builtins.match "[[:digit:]]+" "123") (builtins.match "(.*)\\.nix" "file.nix") ]
