# genList makes a list from a function of the index
[ (builtins.genList (i: i * i) 5) (builtins.genList (i: i) 0) ]
