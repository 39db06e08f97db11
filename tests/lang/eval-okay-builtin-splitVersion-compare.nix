# splitVersion agrees with compareVersions' idea of components
[ (builtins.splitVersion "1.2.3pre4") (builtins.splitVersion "2022-01-01") (builtins.splitVersion "r1234") (builtins.splitVersion "1_2") ]
