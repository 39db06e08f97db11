# eval-fail-overflowing-mul.err.exp: the message of prim_mul.
let a = 4294967297; in builtins.mul a a
