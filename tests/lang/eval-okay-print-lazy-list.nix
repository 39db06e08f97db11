# without --strict a list's elements that are not yet values print as <CODE>
[ 1 "a" (1 + 1) [ 2 ] { } null ]
