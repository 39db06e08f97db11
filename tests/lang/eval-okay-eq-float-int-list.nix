# equality is by value across int and float, also deep
[ ([ 1 2 ] == [ 1.0 2.0 ]) ({ x = [ 0 ]; } == { x = [ 0.0 ]; }) ]
