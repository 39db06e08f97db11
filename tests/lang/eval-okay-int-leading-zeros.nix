# leading zeros in integer literals
[ 007 0 00 ]
