# builtins.path copies a path to the store under a name
[ (builtins.path { path = ./files/hello.txt; }) (builtins.path { path = ./files/hello.txt; name = "renamed"; }) ]
