# a path must not end in a slash
./a/
