# * only works on numbers
[ 1 ] * 2
