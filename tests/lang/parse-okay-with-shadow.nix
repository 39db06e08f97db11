# a lexical binding is not affected by with
x: with { x = 1; }; x
