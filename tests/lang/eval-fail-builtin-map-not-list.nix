# map needs a list
map (x: x) { a = 1; }
