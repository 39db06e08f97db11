# lists compare element by element, then by length
[ ([ 1 2 ] < [ 1 3 ]) ([ 1 ] < [ 1 0 ]) ([ ] < [ 1 ]) ([ 2 ] < [ 1 5 ]) ([ "a" ] < [ "b" ]) ([ [ 1 ] ] < [ [ 2 ] ]) ([ 1 2 ] <= [ 1 2 ]) ]
