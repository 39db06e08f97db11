# attributes may refer to later ones and to each other lazily
rec { x = y + 1; y = 2; l = [ x y ]; s = { inner = x; }; }
