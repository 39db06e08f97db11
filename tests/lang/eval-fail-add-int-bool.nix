# booleans are not numbers
1 + true
