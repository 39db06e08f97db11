# a rec set's dotted attributes see the rec scope
rec { a.b = c; c = 1; d = a.b + 1; }
