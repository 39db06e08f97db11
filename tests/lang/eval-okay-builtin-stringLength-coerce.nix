# stringLength coerces sets with outPath, and paths (copying them to the store)
[ (builtins.stringLength { outPath = "xyz"; }) (builtins.stringLength ./files/hello.txt) ]
