# baseNameOf on strings and paths
[ (baseNameOf "/a/b/c") (baseNameOf "/a/b/") (baseNameOf "c") (baseNameOf "/") (baseNameOf "") (baseNameOf /a/b.nix) (baseNameOf "a//b") ]
