# builtins.path with a wrong expected hash
builtins.path { path = ./files/store/data; sha256 = "0000000000000000000000000000000000000000000000000000"; }
