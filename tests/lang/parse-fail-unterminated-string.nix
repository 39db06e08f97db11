# the string is never closed
"abc
