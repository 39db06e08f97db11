# && needs booleans
1 && true
