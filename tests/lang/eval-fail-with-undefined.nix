# a variable found neither in scope nor in any with
with { a = 1; }; b
