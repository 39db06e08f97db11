# toString of lists joins with spaces, flattening nested lists and dropping null
[ (toString [ [ 1 2 ] [ ] [ [ 3 ] ] ]) (toString [ null null ]) (toString [ "a" null "b" ]) (toString [ true false ]) ]
