# the names must be strings
removeAttrs { a = 1; } [ 1 ]
