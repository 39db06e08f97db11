# list comparison fails on elements of different types
[ 1 ] < [ "a" ]
