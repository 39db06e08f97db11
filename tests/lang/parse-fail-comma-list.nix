# lists have no commas
[ 1, 2 ]
