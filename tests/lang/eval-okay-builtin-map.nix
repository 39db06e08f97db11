# map applies a function to each element, lazily
[ (map (x: x * 2) [ 1 2 3 ]) (map (x: x) [ ]) (builtins.length (map (x: throw "no") [ 1 2 ])) ]
