# unsafeGetAttrPos gives an attribute's position, or null
[ (builtins.unsafeGetAttrPos "b" { a = 1;
    b = 2; }) (builtins.unsafeGetAttrPos "x" { }) ]
