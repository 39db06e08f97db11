# mapAttrs on an empty set and with the name in the result
[ (builtins.mapAttrs (n: v: v) { }) (builtins.mapAttrs (n: v: n) { x = 1; "y z" = 2; }) ]
