# intersectAttrs takes the second set's attributes whose names are in the first
builtins.intersectAttrs { a = 1; b = 2; } { b = 3; c = 4; a = 5; }
