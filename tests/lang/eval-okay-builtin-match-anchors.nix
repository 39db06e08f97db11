# ^ and $ only match at the ends of the whole string, also in the middle of a pattern
[ (builtins.match "^a$" "a") (builtins.match "a^b" "ab") (builtins.match "a$b" "ab") (builtins.match "(^a|b)+" "ab") (builtins.match "(a|^b)+" "ab") (builtins.match "a$|b" "b") ]
