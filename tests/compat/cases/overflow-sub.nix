# eval-fail-overflowing-sub.err.exp: the message of prim_sub.
let a = -9223372036854775807; in a - 2
