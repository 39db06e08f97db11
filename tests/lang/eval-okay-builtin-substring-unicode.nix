# substring works on bytes, so it can split a UTF-8 character
[ (builtins.substring 0 1 "é") (builtins.stringLength (builtins.substring 0 1 "é")) (builtins.substring 1 3 "aéb") ]
