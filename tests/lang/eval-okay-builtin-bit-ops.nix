# bitAnd, bitOr and bitXor on 64-bit integers
[ (builtins.bitAnd 12 10) (builtins.bitOr 12 10) (builtins.bitXor 12 10) (builtins.bitAnd (-1) 255) (builtins.bitOr (-8) 3) (builtins.bitXor (-1) 0) ]
