# extended regular expressions: alternation, repetition, anchors and escapes
[ (builtins.match "a|b" "b") (builtins.match "(ab)+" "abab") (builtins.match "a{2,3}" "aaa") (builtins.match "a{2}" "aaa") (builtins.match "a?b*c+" "c") (builtins.match "^a$" "a") (builtins.match "\\." ".") (builtins.match "[.]" "x") (builtins.match "(a|ab)(c|bcd)(d*)" "abcd") ]
