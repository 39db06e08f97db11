# "base32" is today's deprecated alias for "nix32", with a warning (today's eval-okay-convertHash.err.exp).
builtins.convertHash { hash = "d41d8cd98f00b204e9800998ecf8427e"; hashAlgo = "md5"; toHashFormat = "base32"; }
