# deeply nested parentheses, lists and sets
[ [ [ [ [ ((((((((1)))))))) ] ] ] ] { a = { b = { c = { d = { e = 1; }; }; }; }; } ]
