# --json copies paths to the store
[ ./files/hello.txt ]
