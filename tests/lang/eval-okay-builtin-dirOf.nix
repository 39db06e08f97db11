# dirOf on strings and paths
[ (dirOf "/a/b/c") (dirOf "/a/b/") (dirOf "c") (dirOf "/") (dirOf "/a") (dirOf /a/b) (dirOf "a/b") (dirOf "") (builtins.typeOf (dirOf /a/b)) ]
