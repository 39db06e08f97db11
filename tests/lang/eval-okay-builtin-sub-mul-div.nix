# builtins.sub, mul and div
[ (builtins.sub 10 3) (builtins.mul 6 7) (builtins.div 7 2) (builtins.div (-7) 2) (builtins.div 7.0 2) (builtins.sub 0.5 1) (builtins.mul 1.5 2) ]
