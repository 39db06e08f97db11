# the same dotted path twice
{ a.b = 1; a.b = 2; }
