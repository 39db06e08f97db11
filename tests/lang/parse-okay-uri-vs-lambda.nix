# x:x is a URI, x: x a function
[ (x:x) (x: x) ]
