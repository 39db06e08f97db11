# toJSON of paths, outPath sets and __toString sets
[ (builtins.toJSON ./files/hello.txt) (builtins.toJSON { outPath = "x"; }) (builtins.toJSON { __toString = s: "y"; }) ]
