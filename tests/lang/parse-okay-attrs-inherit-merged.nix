# a set literal with inherit merged with a dotted path
x: { a = { inherit x; }; a.y = 1; }
