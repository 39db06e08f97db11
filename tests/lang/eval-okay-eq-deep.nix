# lists and sets are equal when their elements are
[ ([ 1 [ 2 { a = 3; } ] ] == [ 1 [ 2 { a = 3; } ] ]) ({ a.b = 1; } == { a.b = 1; }) ({ a = 1; } == { a = 1; b = 2; }) ([ 1 2 ] == [ 2 1 ]) ]
