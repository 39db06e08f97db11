# intersectAttrs with empty and disjoint sets
[ (builtins.intersectAttrs { } { a = 1; }) (builtins.intersectAttrs { a = 1; } { }) (builtins.intersectAttrs { a = 1; } { b = 2; }) ]
