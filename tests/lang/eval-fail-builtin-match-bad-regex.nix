# an invalid regular expression
builtins.match "(" "x"
