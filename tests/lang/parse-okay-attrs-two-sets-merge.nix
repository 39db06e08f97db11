# two set literals for one name merge (when they do not overlap)
{ a = { b = 1; }; a = { c = 2; }; }
