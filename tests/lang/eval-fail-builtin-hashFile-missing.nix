# hashing a file that does not exist
builtins.hashFile "sha256" ./files/no-such-file
