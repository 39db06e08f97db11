# an inherited attribute inside a set literal repeated by a dotted path
x: { a = { inherit x; }; a.x = 1; }
