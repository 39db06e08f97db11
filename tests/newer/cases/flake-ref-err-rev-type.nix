# Input::getRev: parseAnyPrefixed fails (a wrong length for md5), then parseAny with SHA-1 (hash.cc 258).
builtins.flakeRefToString { type = "indirect"; id = "nixpkgs"; rev = "md5:abc"; }
