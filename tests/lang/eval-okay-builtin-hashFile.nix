# hashFile hashes a file's contents
[ (builtins.hashFile "sha256" ./files/hello.txt) (builtins.hashFile "md5" ./files/hello.txt) (builtins.hashFile "sha1" ./files/hello.txt) (builtins.hashFile "sha512" ./files/hello.txt == builtins.hashString "sha512" "hello world\n") ]
