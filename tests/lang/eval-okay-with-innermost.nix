# the innermost with wins
with { a = 1; }; with { a = 2; }; a
