# selection applies to sets, lists, strings and parenthesised expressions
[ { a = 1; }.a { a.b = 2; }.a.b (x: x).a "s".a ]
