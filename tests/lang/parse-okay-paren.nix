# redundant parentheses disappear
((((1)))) + ((2))
