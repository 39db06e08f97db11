# listToAttrs makes a set from name/value pairs; the first of a name wins
builtins.listToAttrs [ { name = "a"; value = 1; } { name = "b"; value = 2; } { name = "a"; value = 3; } { name = "c"; value = 4; extra = 5; } ]
