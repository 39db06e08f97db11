# groups are those of libstdc++ std::regex (extended syntax), not POSIX leftmost-longest subexpressions
[ (builtins.match "(a*)(a*)" "aaa") (builtins.match "(a|ab)(b*)" "abb") (builtins.match "((a)|b)+" "ab") (builtins.match "(a*)*" "aa") ]
