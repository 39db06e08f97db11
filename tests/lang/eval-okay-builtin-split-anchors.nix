# in split, ^ only matches where the search starts the first time
[ (builtins.split "^" "abc") (builtins.split "^a" "aaa") (builtins.split "^|a" "bab") (builtins.split "$" "abc") (builtins.split "a$" "aaa") (builtins.split "x*" "") ]
