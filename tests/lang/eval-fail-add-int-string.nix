# an integer and a string cannot be added
1 + "a"
