# removeAttrs removes the named attributes; missing names are ignored
[ (removeAttrs { a = 1; b = 2; c = 3; } [ "a" "c" "x" ]) (removeAttrs { } [ ]) ]
