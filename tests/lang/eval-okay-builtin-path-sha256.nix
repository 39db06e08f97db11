# builtins.path checks a given hash
builtins.path { path = ./files/hello.txt; name = "h"; recursive = false; sha256 = builtins.hashString "sha256" "hello world\n"; }
