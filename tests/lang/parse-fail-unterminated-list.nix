# a list is never closed
[ 1 2
