# hash type names are case-sensitive; this is a usage error without a position
builtins.hashString "SHA256" "x"
