# inherit in let, from the outer scope and from a set
let s = { x = 1; y = 2; }; in let inherit (s) x y; z = x + y; in z
