# a name missing in the inner with is looked up in the outer one
with { a = 1; b = 10; }; with { a = 2; }; a + b
