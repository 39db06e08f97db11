# split on longer patterns and at the string's ends
[ (builtins.split "::" "a::b::") (builtins.split "[[:space:]]+" " a  b ") (builtins.split "(x)(y)" "axyb") ]
