# integer literals, including leading zeros and the largest int64
[ 0 1 42 007 9223372036854775807 ]
