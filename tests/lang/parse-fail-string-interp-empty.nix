# an interpolation needs an expression
"${}"
