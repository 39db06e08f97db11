# hashString hashes the UTF-8 bytes
[ (builtins.hashString "sha256" "é") (builtins.hashString "md5" "a\nb") ]
