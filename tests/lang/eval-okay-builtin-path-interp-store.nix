# interpolating a path copies it to the store; a directory is copied whole
[ "${./files/hello.txt}" "${./imports/dir}" (builtins.hasContext "${./files/hello.txt}") ]
