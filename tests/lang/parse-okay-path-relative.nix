# relative paths are made absolute against the file's directory
[ ./a ./a/b.c ./. ../a a/b a/b/c ./a-b_c+d.e ]
