# a string and an integer cannot be added
"a" + 1
