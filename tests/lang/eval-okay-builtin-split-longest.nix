# split finds the longest match at each position, then goes on after it
[ (builtins.split "a|ab" "xabx") (builtins.split "(a|ab)(c|bcd)?" "abcd abc") (builtins.split "b*" "abba") (builtins.split "(b)*" "abba") ]
