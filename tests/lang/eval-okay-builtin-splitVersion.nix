# splitVersion splits at separators and letter/digit changes
[ (builtins.splitVersion "1.2.3") (builtins.splitVersion "2.3pre12") (builtins.splitVersion "1.2-rc3_x") (builtins.splitVersion "") (builtins.splitVersion "...") (builtins.splitVersion "abc123def") ]
