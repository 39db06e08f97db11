# attrNames are sorted by name
[ (builtins.attrNames { b = 1; a = 2; "B" = 3; "" = 4; }) (builtins.attrNames { }) ]
