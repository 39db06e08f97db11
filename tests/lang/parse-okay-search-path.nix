# <name> and <name/sub/path> are lookups in the search path
[ <nixpkgs> <nixpkgs/lib> <a.b-c_d+e/f> ]
