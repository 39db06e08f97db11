# all and any
let even = x: builtins.bitAnd x 1 == 0; in [ (builtins.all even [ 2 4 ]) (builtins.all even [ 2 3 ]) (builtins.all even [ ]) (builtins.any even [ 1 2 ]) (builtins.any even [ 1 3 ]) (builtins.any even [ ]) ]
