# libstdc++ regex: every alternative is tried, the longest match wins, and among equally long ones the first found keeps its groups
[ (builtins.match "(a|ab)(c|bcd)(d*)" "abcd") (builtins.match "(a|ab)(b*)" "ab") (builtins.match "(ab|a)(b*)" "ab") (builtins.match "(a*)(ab)?b?" "ab") (builtins.match "((a)|(ab))((c)|(bc))" "abc") (builtins.match "(x|xy|xyz)(z?)" "xyz") ]
