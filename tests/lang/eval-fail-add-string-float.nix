# a string and a float cannot be added
"a" + 1.5
