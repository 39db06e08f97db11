# split gives the text between matches and the lists of captured groups
[ (builtins.split "," "a,b,c") (builtins.split "(,)" "a,b") (builtins.split "x" "abc") (builtins.split "(a)|(b)" "xaybz") (builtins.split "" "ab") ]
